import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabbookError } from '../../../src/lib/errors.ts';
import { openapiLoader } from '../../../src/loaders/openapi-loader.ts';
import { contentWith } from '../lib/openapi/spec-fixtures.ts';

const spec = (title: string) => `openapi: 3.1.0\ninfo: {title: ${title}, version: "1"}\npaths:\n  /a: {get: {responses: {"200": {description: ok}}}}\n`;

/** A content-layer context reduced to what the loader uses: a Map as the store. */
function fakeContext(existing: string[] = []) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>(existing.map((id) => [id, { id, data: {} }]));
  const context = {
    config: { root: new URL('file:///') },
    store: {
      set: (entry: { id: string; data: Record<string, unknown>; filePath?: string }) => entries.set(entry.id, entry),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(),
    logger: { error: () => {}, warn: () => {}, info: () => {} },
  };
  return { context: context as never, entries };
}

describe('openapiLoader', () => {
  it('stores one entry per spec, keyed by slug, and drops entries whose file is gone', async () => {
    const dir = contentWith({ 'api/payments.yaml': spec('Payments'), 'api/ml/Scoring.json': JSON.stringify({ openapi: '3.0.3', info: { title: 'Scoring', version: '2' }, paths: {} }) });
    const { context, entries } = fakeContext(['removed-spec']);
    await openapiLoader(dir).load(context);
    expect([...entries.keys()].sort()).toEqual(['ml/scoring', 'payments']);
    expect(entries.get('payments')?.data).toMatchObject({ title: 'Payments', file: 'api/payments.yaml', operationCount: 1 });
    expect(entries.get('ml/scoring')?.filePath).toMatch(/api\/ml\/Scoring\.json$/);
  });

  it('reports every broken spec, and two files with one URL, in one error', async () => {
    const dir = contentWith({
      'api/a.yaml': spec('A'),
      'api/a.json': JSON.stringify({ openapi: '3.1.0', info: { title: 'A again', version: '1' }, paths: {} }),
      'api/broken.yaml': 'openapi: 3.1.0\ninfo: {title: B}\npaths: {}\n',
      'api/bad-yaml.yml': 'openapi: [\n',
    });
    const { context, entries } = fakeContext();
    const error = await openapiLoader(dir).load(context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LabbookError);
    expect((error as LabbookError).problems.map((p) => `${p.file}: ${p.code}`)).toEqual([
      'api/a.json: duplicate-url',
      'api/bad-yaml.yml: openapi-syntax',
      'api/broken.yaml: openapi-invalid',
    ]);
    expect((error as LabbookError).problems[0]?.message).toBe(
      "api/a.json and api/a.yaml would both be published at /api/a/ (a spec's URL is its path without the extension). Rename or remove one of them.",
    );
    // The good specs still load, so `astro dev` keeps showing them while one is broken.
    expect([...entries.keys()]).toEqual(['a']);
  });
});

describe('openapiLoader and symlinks, fragments', () => {
  it('refuses a symlinked folder in api/ that leads outside, and warns about a fragment no spec reads', async () => {
    const dir = contentWith({ 'api/a.yaml': spec('A'), 'api/stray.yaml': 'Pet: {type: object}\n' });
    symlinkSync(mkdtempSync(join(tmpdir(), 'labbook-outside-')), join(dir, 'api/elsewhere'));
    const warnings: string[] = [];
    const { context, entries } = fakeContext();
    (context as { logger: { warn: (m: string) => void } }).logger.warn = (message) => warnings.push(message);
    const error = await openapiLoader(dir).load(context).catch((e: unknown) => e);
    expect((error as LabbookError).problems.map((p) => `${p.file}: ${p.code}`)).toEqual(['api/elsewhere: openapi-ref']);
    expect(warnings).toEqual([expect.stringMatching(/^api\/stray\.yaml: has no `openapi:` or `swagger:` key/)]);
    expect([...entries.keys()]).toEqual(['a']);
  });
});
