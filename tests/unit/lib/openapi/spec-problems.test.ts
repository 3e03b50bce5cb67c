import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/lib/errors.ts';
import { loadSpec } from '../../../../src/lib/openapi/load-spec.ts';
import { condenseAjvErrors } from '../../../../src/lib/openapi/spec-problems.ts';
import { contentWith } from './spec-fixtures.ts';

/** Load `files` and return the problems of `file` as the build prints them. */
async function report(files: Record<string, string>, file = Object.keys(files)[0]!): Promise<string> {
  const result = await loadSpec(contentWith(files), file);
  expect(result.spec).toBeUndefined();
  return formatProblems(result.problems, 'Problems');
}

const HEAD = 'openapi: 3.0.3\ninfo: {title: T, version: "1"}\n';

describe('spec problems name the file, line, JSON pointer and what to do', () => {
  it('schema violations: one precise line per problem, alternatives merged, enum values listed', async () => {
    const text = `${HEAD}paths:
  /charges:
    post:
      parameters:
        - name: x
          in: querry
        - name: y
          in: query
      responses:
        '200': {descriptio: ok}
`;
    expect(await report({ 'api/payments.yaml': text })).toMatchInlineSnapshot(`
      "Problems (4 problems):
        ✗ api/payments.yaml:8: /paths/~1charges/post/parameters/0/in: must be one of "path", "query", "header", "cookie". Fix the spec at that JSON pointer; the OpenAPI (or Swagger 2.0) specification lists the fields each object takes.
        ✗ api/payments.yaml:9: /paths/~1charges/post/parameters/1: must have either 'schema' or 'content'. Fix the spec at that JSON pointer; the OpenAPI (or Swagger 2.0) specification lists the fields each object takes.
        ✗ api/payments.yaml:12: /paths/~1charges/post/responses/200: must have required property 'description'. Fix the spec at that JSON pointer; the OpenAPI (or Swagger 2.0) specification lists the fields each object takes.
        ✗ api/payments.yaml:12: /paths/~1charges/post/responses/200: unknown field "descriptio": check the spelling, or start it with "x-" to mark an extension. Fix the spec at that JSON pointer; the OpenAPI (or Swagger 2.0) specification lists the fields each object takes."
    `);
  });

  it('OpenAPI 3.1 and Swagger 2.0 are checked against their own schemas', async () => {
    expect(await report({ 'api/a.yaml': 'openapi: 3.1.0\ninfo: {title: T}\npaths: {}\n' })).toContain("api/a.yaml:2: /info: must have required property 'version'");
    expect(await report({ 'api/s.json': '{"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {}}}}}}' })).toContain(
      "api/s.json:1: /paths/~1a/get/responses/200: must have required property 'description'",
    );
  });

  it('a dangling $ref names the pointer where the $ref is written, its line and the missing target', async () => {
    const text = `openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Missing'
        '404':
          description: gone
          content:
            application/json:
              schema: {$ref: '#/components/schemas/AlsoMissing'}
`;
    expect(await report({ 'api/dangling.yaml': text })).toMatchInlineSnapshot(`
      "Problems (2 problems):
        ✗ api/dangling.yaml:12: /paths/~1a/get/responses/200/content/application~1json/schema/$ref: "#/components/schemas/Missing" points to nothing. Define it (e.g. under components/schemas), or fix the $ref to name one that exists.
        ✗ api/dangling.yaml:17: /paths/~1a/get/responses/404/content/application~1json/schema/$ref: "#/components/schemas/AlsoMissing" points to nothing. Define it (e.g. under components/schemas), or fix the $ref to name one that exists."
    `);
  });

  it('$refs to other files: inside the content folder they work; missing files, URLs and files outside are named', async () => {
    const response = (ref: string) => ({ description: 'd', content: { 'application/json': { schema: { $ref: ref } } } });
    const spec = JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': response('./_shared/schemas.yaml#/Thing'),
              '201': response('./_shared/schemas.yaml#/Nope'),
              '202': response('./missing.yaml'),
              '203': response('https://example.com/schema.json'),
              '204': response('../../../../../etc/hostname'),
            },
          },
        },
      },
    }, null, 1);
    const text = await report({ 'api/refs.json': spec, 'api/_shared/schemas.yaml': 'Thing: {type: string}\n' });
    expect(text).not.toContain('/responses/200/');
    expect(text).toContain('/responses/201/content/application~1json/schema/$ref: "api/_shared/schemas.yaml#/Nope" points to nothing');
    expect(text).toContain('/responses/202/content/application~1json/schema/$ref: cannot be resolved: the file "api/missing.yaml" does not exist');
    expect(text).toContain('/responses/203/content/application~1json/schema/$ref: cannot be resolved: "https://example.com/schema.json" is a URL. Point $ref at this file ("#/...") or at another file inside the content folder; URLs are not fetched.');
    expect(text).toContain('/responses/204/content/application~1json/schema/$ref: "../../../../../etc/hostname" leads outside the content folder');
    expect(text).not.toContain('tmp/labbook-openapi-');
    // Each line points at the $ref in the JSON file.
    expect(text).toMatch(/api\/refs\.json:\d+: \/paths/);
  });

  it('YAML syntax errors give the line; duplicate keys are errors', async () => {
    expect(await report({ 'api/bad.yaml': 'openapi: 3.1.0\ninfo:\n  title: T\n   version: 1\npaths: {}\n' })).toMatchInlineSnapshot(`
      "Problems (1 problem):
        ✗ api/bad.yaml:3: YAML does not parse: Nested mappings are not allowed in compact mappings. Check indentation and quote values that contain ": " or start with a special character."
    `);
    expect(await report({ 'api/dup.yml': `${HEAD}paths: {}\npaths: {}\n` })).toContain('api/dup.yml:4: YAML does not parse: Map keys must be unique.');
  });

  it('JSON syntax errors give the line', async () => {
    expect(await report({ 'api/bad.json': '{\n  "openapi": "3.1.0",\n  "paths": {},\n}\n' })).toContain('api/bad.json:4: JSON does not parse:');
  });

  it('a version Labbook cannot read says so', async () => {
    expect(await report({ 'api/next.yaml': 'info: {title: T, version: "1"}\nopenapi: 3.2.0\npaths: {}\n' })).toContain(
      'api/next.yaml:2: /openapi: Unsupported OpenAPI version: 3.2.0. Labbook reads OpenAPI 3.1.0',
    );
  });

  it('Swagger 2.0 rules beyond its schema (duplicate operationIds) are reported too', async () => {
    const text = 'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths:\n  /a: {get: {operationId: same, responses: {"200": {description: ok}}}}\n  /b: {get: {operationId: same, responses: {"200": {description: ok}}}}\n';
    expect(await report({ 'api/dup.yaml': text })).toContain("api/dup.yaml: Duplicate operation id 'same'");
  });
});

describe('condenseAjvErrors', () => {
  const error = (instancePath: string, keyword: string, params: Record<string, unknown>, message = '', schemaPath = '#/x') => ({ instancePath, keyword, params, message, schemaPath });

  it('keeps the deepest errors of a branch and drops "one of the alternatives" noise', () => {
    expect(
      condenseAjvErrors([
        error('/a', 'oneOf', {}, 'must match exactly one schema in oneOf'),
        error('/a', 'required', { missingProperty: '$ref' }, "must have required property '$ref'"),
        error('/a/b', 'type', {}, 'must be string'),
        error('/c', 'oneOf', {}, 'must match exactly one schema in oneOf'),
      ]),
    ).toEqual([
      { pointer: '/a/b', reason: 'must be string' },
      { pointer: '/c', reason: 'must match exactly one schema in oneOf' },
    ]);
  });

  it('merges enum values and the required fields of oneOf branches', () => {
    expect(
      condenseAjvErrors([
        error('/p/in', 'enum', { allowedValues: ['path'] }),
        error('/p/in', 'enum', { allowedValues: ['query'] }),
        error('/q', 'required', { missingProperty: 'schema' }, '', '#/d/X/oneOf/0/required'),
        error('/q', 'required', { missingProperty: 'content' }, '', '#/d/X/oneOf/1/required'),
      ]),
    ).toEqual([
      { pointer: '/p/in', reason: 'must be one of "path", "query"' },
      { pointer: '/q', reason: "must have either 'schema' or 'content'" },
    ]);
  });
});
