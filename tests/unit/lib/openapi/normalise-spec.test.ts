import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../../src/lib/openapi/load-spec.ts';
import { normaliseSpec } from '../../../../src/lib/openapi/normalise-spec.ts';
import { FIXTURES, SITE_FIXTURE, oas31, operation, operations, property, responseSchema, specFrom } from './spec-fixtures.ts';

describe('normaliseSpec: the "Done when" spec (OpenAPI 3.1, tests/fixtures/site/api/model-registry.yaml)', async () => {
  const result = await loadSpec(SITE_FIXTURE, 'api/model-registry.yaml');
  const spec = result.spec!;

  it('loads without problems: title, version, summary, slug', () => {
    expect(result.problems).toEqual([]);
    expect(spec).toMatchObject({
      file: 'api/model-registry.yaml',
      slug: 'model-registry',
      specVersion: 'OpenAPI 3.1.0',
      title: 'Model Registry API',
      version: '2.3.0',
      blurb: 'Register, promote and archive trained models.',
    });
  });

  it('groups 7 operations under 3 tags in spec order, with unique anchors', () => {
    expect(spec.operationCount).toBe(7);
    expect(spec.tags.map((tag) => [tag.name, tag.anchor, tag.operations.map((op) => op.anchor)])).toEqual([
      ['Models', 'tag-models', ['listmodels', 'registermodel', 'getmodel', 'archivemodel']],
      ['Stages', 'tag-stages', ['promotemodel']],
      ['Lineage', 'tag-lineage', ['getlineage', 'get-datasets-datasetid-models']],
    ]);
  });

  it('marks the deprecated operation', () => {
    expect(operations(spec).filter((op) => op.deprecated).map((op) => `${op.method} ${op.path}`)).toEqual(['DELETE /models/{modelId}']);
  });

  it('resolves $refs to parameters, responses and schemas, path-level parameters included', () => {
    const get = operation(spec, 'getmodel');
    expect(get.parameters).toEqual([{ in: 'path', parameters: [expect.objectContaining({ name: 'modelId', required: true })] }]);
    expect(get.responses.map((r) => r.status)).toEqual(['200', '404']);
    expect(get.responses[1]?.content[0]).toMatchObject({ type: 'application/problem+json', schema: { name: 'Error' } });
    // The path item's parameter and the operation's own (same name and place) are one parameter.
    expect(operation(spec, 'promotemodel').parameters.map((g) => [g.in, g.parameters.map((p) => p.name)])).toEqual([
      ['path', ['modelId']],
      ['cookie', ['registry_session']],
    ]);
  });

  it('keeps allOf and oneOf variants with their component names and the discriminator', () => {
    const created = operation(spec, 'registermodel').responses[0]?.content[0]?.schema;
    expect(created?.name).toBe('Model');
    expect(created?.allOf?.map((variant) => variant.name)).toEqual(['ModelBase', undefined]);
    const change = operation(spec, 'promotemodel').requestBody?.content[0]?.schema;
    expect(change?.discriminator).toBe('stage');
    expect(change?.oneOf?.map((variant) => variant.name)).toEqual(['PromoteToStaging', 'PromoteToProduction']);
    expect(property(change?.oneOf?.[1], 'stage').const).toBe('"production"');
  });

  it('stops the recursive LineageNode one level down', () => {
    const node = operation(spec, 'getlineage').responses[0]?.content[0]?.schema;
    expect(node?.name).toBe('LineageNode');
    expect(property(node, 'parents').items).toMatchObject({ name: 'LineageNode', recursive: 'LineageNode' });
    expect(property(node, 'parents').items?.properties).toBeUndefined();
  });

  it('renders descriptions safely and drops a non-http terms of service link', () => {
    expect(spec.descriptionHtml).toContain('<strong>trained model</strong>');
    expect(spec.descriptionHtml).not.toMatch(/onerror|javascript:|data:/);
    expect(spec.termsOfService).toEqual({ label: 'javascript:window.__apiXss=3' });
    expect(spec.contact).toEqual({ name: 'ML Platform team', href: 'https://example.com/ml-platform', email: 'ml-platform@example.com' });
  });

  it('links servers only when they are absolute http(s) URLs without variables', () => {
    expect(spec.servers).toEqual([
      { url: 'https://registry.example.com/v2', href: 'https://registry.example.com/v2', descriptionHtml: '<p>Production</p>', variables: [] },
      {
        url: 'https://{region}.registry.example.com/v2',
        descriptionHtml: '<p>Regional mirror</p>',
        variables: [{ name: 'region', default: 'eu', enum: ['eu', 'us'] }],
      },
    ]);
  });

  it('is deterministic and JSON-serialisable', async () => {
    const again = await loadSpec(SITE_FIXTURE, 'api/model-registry.yaml');
    expect(JSON.stringify(again.spec)).toBe(JSON.stringify(spec));
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
});

describe('normaliseSpec: Swagger 2.0 (fixtures/api/feature-store.yaml)', async () => {
  const result = await loadSpec(FIXTURES, 'api/feature-store.yaml');
  const spec = result.spec!;

  it('loads, with servers from schemes, host and basePath', () => {
    expect(result.problems).toEqual([]);
    expect(spec.specVersion).toBe('Swagger 2.0');
    expect(spec.servers.map((s) => [s.url, s.href])).toEqual([
      ['https://features.example.com/api', 'https://features.example.com/api'],
      ['http://features.example.com/api', 'http://features.example.com/api'],
    ]);
    expect(spec.termsOfService).toEqual({ label: 'ftp://example.com/terms' });
  });

  it('turns the body parameter into a request body per consumed media type', () => {
    const create = operation(spec, 'createfeatureset');
    expect(create.parameters).toEqual([]);
    expect(create.requestBody).toMatchObject({ required: true, descriptionHtml: '<p>The new feature set.</p>' });
    expect(create.requestBody?.content.map((m) => [m.type, m.schema?.name])).toEqual([['application/json', 'FeatureSet']]);
    expect(property(create.requestBody?.content[0]?.schema, 'ttlSeconds')).toMatchObject({ types: ['integer'], format: 'int32', nullable: true });
  });

  it('gives responses a media type per produced type, with their examples and headers', () => {
    const created = operation(spec, 'createfeatureset').responses[0];
    expect(created?.content[0]?.type).toBe('application/json');
    expect(JSON.parse(created?.content[0]?.examples[0]?.value ?? '')).toEqual({ name: 'user-activity', entities: ['user'] });
    const list = operation(spec, 'listfeaturesets').responses[0];
    expect(list?.headers).toEqual([expect.objectContaining({ name: 'X-Total-Count', in: 'header', schema: expect.objectContaining({ types: ['integer'] }) })]);
  });

  it('reads a non-body parameter as its own schema: items, enum, collectionFormat, exclusive bounds, default', () => {
    const [entity, limit] = operation(spec, 'listfeaturesets').parameters[0]?.parameters ?? [];
    expect(entity).toMatchObject({ name: 'entity', style: 'csv', schema: { types: ['array'], items: { enum: ['"user"', '"item"', '"session"'] } } });
    expect(limit?.schema).toMatchObject({
      types: ['integer'],
      default: '100',
      constraints: [
        { label: 'minimum', value: '1' },
        { label: 'exclusiveMaximum', value: '500' },
      ],
    });
  });

  it('turns formData parameters into a multipart object body; a file is a binary string', () => {
    const upload = operation(spec, 'post-feature-sets-name-upload');
    expect(upload.parameters.map((g) => g.in)).toEqual(['path']);
    const media = upload.requestBody?.content[0];
    expect(media?.type).toBe('multipart/form-data');
    expect(property(media?.schema, 'file')).toMatchObject({ types: ['string'], format: 'binary' });
    expect(media?.schema?.properties?.map((p) => [p.name, p.required])).toEqual([
      ['file', true],
      ['overwrite', false],
    ]);
  });

  it('stops a cycle in definitions (Owner.backup is an Owner)', () => {
    const owner = property(operation(spec, 'createfeatureset').requestBody?.content[0]?.schema, 'owner');
    expect(property(owner, 'backup')).toMatchObject({ name: 'Owner', recursive: 'Owner' });
  });
});

describe('normaliseSpec: schemas', () => {
  it('OpenAPI 3.1: type arrays with null are nullable; a lone null type is null', async () => {
    const spec = await specFrom(
      oas31({ type: 'object', properties: { a: { type: ['string', 'null'] }, b: { type: ['integer', 'string'] }, c: { type: 'null' } } }),
    );
    const schema = responseSchema(spec);
    expect(property(schema, 'a')).toMatchObject({ types: ['string'], nullable: true });
    expect(property(schema, 'b')).toMatchObject({ types: ['integer', 'string'], nullable: false });
    expect(property(schema, 'c')).toMatchObject({ types: [], nullable: true });
  });

  it('OpenAPI 3.0: nullable: true', async () => {
    const spec = await specFrom(oas31({ type: 'string', nullable: true, format: 'date' }, {}, '3.0.3'));
    expect(responseSchema(spec)).toMatchObject({ types: ['string'], nullable: true, format: 'date' });
  });

  it('enums, const, defaults, constraints, examples and flags', async () => {
    const spec = await specFrom(
      oas31({
        type: 'object',
        required: ['n'],
        properties: {
          n: { type: 'number', minimum: 0, exclusiveMaximum: 1, multipleOf: 0.5, default: 0.5, readOnly: true },
          s: { type: 'string', minLength: 2, maxLength: 8, pattern: '^[a-z]+$', enum: ['ab', 'cd', null], examples: ['ab'], deprecated: true },
          l: { type: 'array', items: { type: 'integer' }, minItems: 1, uniqueItems: true, writeOnly: true },
          k: { const: 3 },
        },
      }),
    );
    const schema = responseSchema(spec);
    expect(schema.properties?.map((p) => [p.name, p.required])).toEqual([
      ['n', true],
      ['s', false],
      ['l', false],
      ['k', false],
    ]);
    expect(property(schema, 'n')).toMatchObject({
      default: '0.5',
      readOnly: true,
      constraints: [
        { label: 'minimum', value: '0' },
        { label: 'exclusiveMaximum', value: '1' },
        { label: 'multipleOf', value: '0.5' },
      ],
    });
    expect(property(schema, 's')).toMatchObject({
      enum: ['"ab"', '"cd"', 'null'],
      examples: ['ab'],
      deprecated: true,
      constraints: [
        { label: 'minLength', value: '2' },
        { label: 'maxLength', value: '8' },
        { label: 'pattern', value: '^[a-z]+$' },
      ],
    });
    expect(property(schema, 'l')).toMatchObject({ writeOnly: true, items: { types: ['integer'] }, constraints: [{ label: 'minItems', value: '1' }, { label: 'uniqueItems', value: 'true' }] });
    expect(property(schema, 'k').const).toBe('3');
  });

  it('allOf, oneOf, anyOf, not and additionalProperties', async () => {
    const spec = await specFrom(
      oas31(
        {
          type: 'object',
          properties: {
            all: { allOf: [{ $ref: '#/components/schemas/A' }, { type: 'object', properties: { x: { type: 'string' } } }] },
            one: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
            any: { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'boolean' }] },
            none: { not: { type: 'string' } },
            map: { type: 'object', additionalProperties: { type: 'number' } },
            closed: { type: 'object', additionalProperties: false, properties: { y: { type: 'string' } } },
            open: { type: 'object', additionalProperties: true },
          },
        },
        { A: { type: 'object', properties: { a: { type: 'string' } } } },
      ),
    );
    const schema = responseSchema(spec);
    expect(property(schema, 'all').allOf?.map((v) => v.name ?? v.types.join())).toEqual(['A', 'object']);
    expect(property(schema, 'one').oneOf?.map((v) => v.types)).toEqual([['string'], ['integer']]);
    expect(property(schema, 'any').anyOf?.map((v) => v.name ?? v.types.join())).toEqual(['A', 'boolean']);
    expect(property(schema, 'none').not?.types).toEqual(['string']);
    expect(property(schema, 'map').additionalProperties).toMatchObject({ types: ['number'] });
    expect(property(schema, 'closed').additionalProperties).toBe(false);
    expect(property(schema, 'open').additionalProperties).toBeUndefined();
  });

  it('a cycle through several schemas becomes a recursive leaf naming where it repeats', async () => {
    const spec = await specFrom(
      oas31(
        { $ref: '#/components/schemas/Tree' },
        {
          Tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Branch' } } } },
          Branch: { type: 'object', properties: { tree: { $ref: '#/components/schemas/Tree' } } },
        },
      ),
    );
    const tree = responseSchema(spec);
    const branch = property(tree, 'children').items;
    expect(branch?.name).toBe('Branch');
    expect(property(branch, 'tree')).toMatchObject({ name: 'Tree', recursive: 'Tree' });
  });
});

describe('normaliseSpec: operations, tags, anchors, links', () => {
  const doc = (paths: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths, ...extra });
  const ok = { responses: { '200': { description: 'ok' } } };

  it('lists untagged operations under "Other", declared tags first, then tags in order of use', async () => {
    const spec = await specFrom(
      doc(
        {
          '/a': { get: { ...ok, tags: ['Late'] }, post: ok },
          '/b': { get: { ...ok, tags: ['Declared', 'Late'] } },
        },
        { tags: [{ name: 'Unused' }, { name: 'Declared', description: 'Has *text*.' }] },
      ),
    );
    expect(spec.tags.map((tag) => [tag.name, tag.operations.map((op) => op.anchor)])).toEqual([
      ['Declared', ['get-b']],
      ['Late', ['get-a']],
      ['Other', ['post-a']],
    ]);
    expect(spec.tags[0]?.descriptionHtml).toBe('<p>Has <em>text</em>.</p>');
    expect(operation(spec, 'get-b').tags).toEqual(['Declared', 'Late']);
  });

  it('makes anchors unique on the page: repeated operationIds, slugs that collide, ids the layout uses', async () => {
    const spec = await specFrom(
      doc({
        '/x': { get: { ...ok, operationId: 'main' }, put: { ...ok, operationId: 'Get X' }, post: { ...ok, operationId: 'get-x' } },
        '/X': { get: ok },
        '/other': { get: { ...ok, operationId: '!!!' } },
      }),
    );
    expect(operations(spec).map((op) => op.anchor)).toEqual(['main-2', 'get-x', 'get-x-2', 'get-x-3', 'get-other']);
    const all = [...operations(spec).map((op) => op.anchor), ...spec.tags.map((tag) => tag.anchor)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('orders responses by status, ranges after their codes, default last', async () => {
    const r = (d: string) => ({ description: d });
    const spec = await specFrom(doc({ '/a': { get: { responses: { default: r('d'), '4XX': r('r'), '404': r('n'), '200': r('o'), '201': r('c') } } } }));
    expect(operations(spec)[0]?.responses.map((x) => x.status)).toEqual(['200', '201', '404', '4XX', 'default']);
  });

  it('keeps only http(s) URLs as links: contact, license, external docs, servers, example URLs', async () => {
    const spec = await specFrom(
      doc(
        {
          '/a': {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'application/json': {
                      examples: { bad: { externalValue: 'javascript:alert(1)' }, good: { externalValue: 'https://example.com/e.json', summary: 'S' } },
                    },
                  },
                },
              },
            },
          },
        },
        {
          info: {
            title: 'T',
            version: '1',
            contact: { name: 'C', url: 'javascript:alert(1)' },
            license: { name: 'L', url: 'data:text/html,x' },
            termsOfService: 'https://example.com/tos',
          },
          externalDocs: { url: 'vbscript:x', description: 'Docs' },
          servers: [{ url: '/v1' }, { url: 'javascript:alert(1)' }, { url: 'HTTPS://Example.com' }],
        },
      ),
    );
    expect(spec.contact).toEqual({ name: 'C' });
    expect(spec.license).toEqual({ label: 'L' });
    expect(spec.termsOfService).toEqual({ label: 'https://example.com/tos', href: 'https://example.com/tos' });
    expect(spec.externalDocs).toEqual({ label: 'Docs' });
    expect(spec.servers.map((s) => s.href)).toEqual([undefined, undefined, 'HTTPS://Example.com']);
    expect(operations(spec)[0]?.responses[0]?.content[0]?.examples).toEqual([{ name: 'bad' }, { name: 'good', summary: 'S', externalUrl: 'https://example.com/e.json' }]);
  });

  it('renders every description through the given renderer, headings below the page\'s own', () => {
    const calls: [string, number | undefined][] = [];
    normaliseSpec(
      {
        openapi: '3.0.3',
        info: { title: 'T', version: '1', description: 'Info' },
        paths: { '/a': { get: { description: 'Op', responses: { '200': { description: 'Resp', content: { 'a/b': { schema: { description: 'Schema' } } } } } } } },
      },
      { file: 'api/t.yaml', slug: 't', render: (markdown, options) => (calls.push([markdown, options?.topHeading]), `<p>${markdown}</p>`) },
    );
    expect(calls.sort()).toEqual([
      ['Info', 2],
      ['Op', 4],
      ['Resp', 4],
      ['Schema', 5],
    ]);
  });
});
