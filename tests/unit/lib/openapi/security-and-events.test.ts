import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/lib/errors.ts';
import { loadSpec } from '../../../../src/lib/openapi/load-spec.ts';
import { FIXTURES, specFrom } from './spec-fixtures.ts';

describe('the OpenAPI tic-tac-toe example (3.1, Bearer, callbacks, links, webhooks)', () => {
  it('loads: HTTP auth schemes are case-insensitive, so `scheme: Bearer` is valid', async () => {
    const result = await loadSpec(FIXTURES, 'api/tictactoe.yaml');
    expect(formatProblems(result.problems, 'Problems')).toBe('Problems (0 problems):');
    expect(result.spec?.title).toBe('Tic Tac Toe');
  });
});

describe('security schemes, requirements, callbacks, response links and webhooks reach the page model', () => {
  async function tictactoe() {
    const result = await loadSpec(FIXTURES, 'api/tictactoe.yaml');
    if (!result.spec) throw new Error(formatProblems(result.problems, 'Problems'));
    return result.spec;
  }

  it('security schemes: type, scheme, bearer format, where an API key goes, OAuth flows and scopes', async () => {
    const spec = await tictactoe();
    expect(spec.securitySchemes.map((s) => [s.name, s.type, s.scheme ?? s.in ?? s.flows[0]?.flow])).toEqual([
      ['defaultApiKey', 'apiKey', 'header'],
      ['basicHttpAuthentication', 'http', 'basic'],
      ['bearerHttpAuthentication', 'http', 'bearer'],
      ['app2AppOauth', 'oauth2', 'clientCredentials'],
      ['user2AppOauth', 'oauth2', 'authorizationCode'],
    ]);
    expect(spec.securitySchemes[0]).toMatchObject({ parameterName: 'api-key', descriptionHtml: '<p>API key provided in console</p>' });
    expect(spec.securitySchemes[2]).toMatchObject({ bearerFormat: 'JWT', anchor: 'security-bearerhttpauthentication' });
    expect(spec.securitySchemes[4]!.flows[0]).toEqual({
      flow: 'authorizationCode',
      authorizationUrl: 'https://learn.openapis.org/oauth/2.0/auth',
      tokenUrl: 'https://learn.openapis.org/oauth/2.0/token',
      scopes: [
        { name: 'board:read', description: 'Read the board' },
        { name: 'board:write', description: 'Write to the board' },
      ],
    });
  });

  it('per-operation security (alternatives with scopes), callbacks as nested operations, links to operations on the page', async () => {
    const spec = await tictactoe();
    const ops = spec.tags.flatMap((tag) => tag.operations);
    const put = ops.find((op) => op.anchor === 'put-square')!;
    expect(put.security).toEqual([[{ scheme: 'bearerHttpAuthentication', scopes: [] }], [{ scheme: 'user2AppOauth', scopes: ['board:write'] }]]);
    expect(put.callbacks.map((c) => [c.name, c.operations.map((op) => [op.anchor, op.method, op.path])])).toEqual([
      ['statusCallback', [['put-square-statuscallback-post', 'POST', '{$request.header.progressUrl}']]],
    ]);
    const links = ops.find((op) => op.anchor === 'get-square')!.responses.flatMap((r) => r.links);
    expect(links).toEqual([
      {
        name: 'markSquare',
        operationId: 'put-square',
        anchor: 'put-square',
        parameters: [
          { name: 'row', value: '$request.path.row' },
          { name: 'column', value: '$request.path.column' },
        ],
        descriptionHtml: '<p>Operation to use if the mark value returned indicates the square is empty</p>',
      },
    ]);
  });

  it('3.1 webhooks are operations of their own, named by their key', async () => {
    const spec = await tictactoe();
    expect(spec.webhooks.map((op) => [op.anchor, op.method, op.path, op.summary])).toEqual([['markoperationwebhook', 'POST', 'markStatus', 'Status of mark operation']]);
  });

  it('`security: []` on an operation means no authentication; descriptions are sanitised Markdown', async () => {
    const spec = await specFrom(`openapi: 3.0.3
info: {title: T, version: '1'}
security: [{key: []}]
paths:
  /open: {get: {security: [], responses: {'200': {description: ok}}}}
  /closed: {get: {responses: {'200': {description: ok}}}}
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: k, description: 'Ask **ops**. <script>alert(1)</script>'}
`);
    const ops = spec.tags.flatMap((tag) => tag.operations);
    expect(ops.map((op) => op.security)).toEqual([[], [[{ scheme: 'key', scopes: [] }]]]);
    expect(spec.securitySchemes[0]!.descriptionHtml).toContain('<strong>ops</strong>');
    expect(spec.securitySchemes[0]!.descriptionHtml).not.toContain('<script');
  });

  it('Swagger 2.0 securityDefinitions become schemes too', async () => {
    const spec = await specFrom(
      JSON.stringify({
        swagger: '2.0',
        info: { title: 'T', version: '1' },
        paths: {},
        securityDefinitions: { o: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a.example/auth', tokenUrl: 'https://a.example/token', scopes: { read: 'Read' } }, b: { type: 'basic' } },
      }),
      'api/s.json',
    );
    expect(spec.securitySchemes.map((s) => [s.name, s.type, s.flows.map((f) => f.flow)])).toEqual([['o', 'oauth2', ['accessCode']], ['b', 'basic', []]]);
  });
});
