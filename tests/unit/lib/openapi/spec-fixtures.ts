/** Helpers for the OpenAPI tests: write specs into a throwaway content folder and load them. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadSpec } from '../../../../src/lib/openapi/load-spec.ts';
import type { ApiOperation, ApiSchemaNode, ApiSpec } from '../../../../src/schemas/api-spec.ts';

/** The content folder holding tests/unit/lib/openapi/fixtures/api/*. */
export const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/** The e2e site fixture: its api/model-registry.yaml is the "Done when" spec. */
export const SITE_FIXTURE = resolve(import.meta.dirname, '../../../fixtures/site');

/** A fresh content folder with `files` (`{ 'api/x.yaml': '...' }`). */
export function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-openapi-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Load one spec written as text; fails the test with the problems if it does not load. */
export async function specFrom(text: string, name = 'api/spec.yaml'): Promise<ApiSpec> {
  const result = await loadSpec(contentWith({ [name]: text }), name);
  if (!result.spec) throw new Error(`expected the spec to load, got:\n${result.problems.map((p) => p.message).join('\n')}`);
  return result.spec;
}

/** Every operation of a spec, in page order. */
export function operations(spec: ApiSpec): ApiOperation[] {
  return spec.tags.flatMap((tag) => tag.operations);
}

/** The operation with this anchor. */
export function operation(spec: ApiSpec, anchor: string): ApiOperation {
  const found = operations(spec).find((op) => op.anchor === anchor);
  if (!found) throw new Error(`no operation #${anchor} in ${operations(spec).map((op) => op.anchor).join(', ')}`);
  return found;
}

/** A property of an object schema node by name. */
export function property(node: ApiSchemaNode | undefined, name: string): ApiSchemaNode {
  const found = node?.properties?.find((p) => p.name === name);
  if (!found) throw new Error(`no property ${name} in ${node?.properties?.map((p) => p.name).join(', ')}`);
  return found.schema;
}

/** An OpenAPI 3.1 document with one GET /things operation answering `schema`, plus `components`. */
export function oas31(schema: unknown, components: Record<string, unknown> = {}, version = '3.1.0'): string {
  return JSON.stringify({
    openapi: version,
    info: { title: 'T', version: '1' },
    paths: {
      '/things': {
        get: {
          operationId: 'getThings',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
        },
      },
    },
    components: { schemas: components },
  });
}

/** The response schema of {@link oas31}'s operation. */
export function responseSchema(spec: ApiSpec): ApiSchemaNode {
  const schema = operations(spec)[0]?.responses[0]?.content[0]?.schema;
  if (!schema) throw new Error('no response schema');
  return schema;
}
