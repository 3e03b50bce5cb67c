import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/lib/errors.ts';
import { listApiFiles } from '../../../../src/lib/openapi/api-files.ts';
import { collectSpecs } from '../../../../src/lib/openapi/collect-specs.ts';
import { loadSpec } from '../../../../src/lib/openapi/load-spec.ts';
import { contentWith } from './spec-fixtures.ts';

const spec = (title: string, extra = '') => `openapi: 3.1.0\ninfo: {title: ${title}, version: "1"}\npaths: {}\n${extra}`;

/** Load every file of api/ as the loader does and sort the results. */
async function collect(files: Record<string, string>) {
  const dir = contentWith(files);
  const { specs } = listApiFiles(dir);
  return collectSpecs(specs, await Promise.all(specs.map((file) => loadSpec(dir, file))));
}

describe('collectSpecs: pages, fragments and clashing URLs', () => {
  it('a file without openapi:/swagger: that a spec $refs is a fragment: no page, no problem, no warning', async () => {
    const result = await collect({
      'api/pets.yaml': spec('Pets', 'components:\n  schemas:\n    Pet: {$ref: "./pet-schema.yaml#/Pet"}\n'),
      'api/pet-schema.yaml': 'Pet: {type: object}\n',
    });
    expect(result.pages.map((page) => page.file)).toEqual(['api/pets.yaml']);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('a fragment nothing $refs is a warning naming it', async () => {
    const result = await collect({ 'api/pets.yaml': spec('Pets'), 'api/notes.yaml': 'title: hello\n' });
    expect(result.problems).toEqual([]);
    expect(formatProblems(result.warnings, 'Warnings')).toContain('api/notes.yaml: has no `openapi:` or `swagger:` key at its top');
  });

  it('pets.yaml and pets.json on one URL: one problem naming both files', async () => {
    const result = await collect({ 'api/pets.yaml': spec('A'), 'api/pets.json': JSON.stringify({ openapi: '3.1.0', info: { title: 'B', version: '1' }, paths: {} }) });
    expect(formatProblems(result.problems, 'Problems')).toMatchInlineSnapshot(`
      "Problems (1 problem):
        ✗ api/pets.json: api/pets.json and api/pets.yaml would both be published at /api/pets/ (a spec's URL is its path without the extension). Rename or remove one of them."
    `);
    expect(result.pages).toHaveLength(1);
  });
});
