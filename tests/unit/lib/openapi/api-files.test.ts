import { describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { LAYOUTS } from '../../../../src/lib/content/layouts.ts';
import { apiSlug, apiUrl, listApiFiles } from '../../../../src/lib/openapi/api-files.ts';
import { formatProblems } from '../../../../src/lib/errors.ts';
import { validateContentDir } from '../../../../src/lib/validate-content.ts';
import { contentWith } from './spec-fixtures.ts';

describe('listApiFiles', () => {
  it('finds YAML and JSON specs at any depth, skips _ and . names, and sets Markdown aside', () => {
    const dir = contentWith({
      'api/payments.yaml': '',
      'api/ml/Inference.JSON': '',
      'api/ml/batch.yml': '',
      'api/_shared/errors.yaml': '',
      'api/.draft.yaml': '',
      'api/readme.md': '',
      'api/notes.txt': '',
    });
    expect(listApiFiles(dir)).toEqual({ specs: ['api/ml/Inference.JSON', 'api/ml/batch.yml', 'api/payments.yaml'], markdown: ['api/readme.md'], outside: [], problems: [] });
    expect(listApiFiles(contentWith({ 'til/x.md': '' }))).toEqual({ specs: [], markdown: [], outside: [], problems: [] });
  });
});

describe('apiSlug and apiUrl', () => {
  it.each([
    ['payments.yaml', 'payments'],
    ['ml/Inference Service.json', 'ml/inference-service'],
    ['index.yml', 'index'],
  ])('%s -> %s', (path, slug) => {
    expect(apiSlug(path)).toBe(slug);
  });
  it('builds /api/ URLs', () => {
    expect([apiUrl(), apiUrl('ml/x')]).toEqual(['/api/', '/api/ml/x/']);
  });
});

describe('the content check and api/', () => {
  it('rejects a Markdown page in api/ instead of publishing it as a doc', () => {
    const dir = contentWith({ 'docs/index.md': '---\ntitle: Home\n---\n', 'api/guide.md': '---\ntitle: Guide\n---\n' });
    expect(formatProblems(validateContentDir(dir), 'Problems')).toMatchInlineSnapshot(`
      "Problems (1 problem):
        ✗ api/guide.md: api/ holds OpenAPI files (.yaml, .yml, .json), not pages. Move this page to docs/, or write the spec as YAML or JSON."
    `);
  });

  it('counts a spec as content: a wiki of API specs only is not empty', () => {
    expect(validateContentDir(contentWith({ 'api/a.yaml': 'openapi: 3.1.0\n' }))).toEqual([]);
  });
});

describe('listApiFiles goes through the one reader (src/lib/content/files.ts)', () => {
  it('names what that reader refuses in api/: a broken link, a name with # — never dropped silently', () => {
    const dir = contentWith({ 'api/ok.yaml': '', 'api/c#d.yaml': '' });
    symlinkSync(join(dir, 'api/missing.yaml'), join(dir, 'api/dangling.yaml'));
    const listed = listApiFiles(dir);
    expect(listed.problems.map((p) => [p.code, p.file])).toEqual([
      ['symlink-broken', 'api/dangling.yaml'],
      ['unsafe-file-name', 'api/c#d.yaml'],
    ]);
  });

  it("reads api/ where the wiki's layout puts it", () => {
    const dir = contentWith({ 'specs/a.yaml': '', 'api/b.yaml': '' });
    expect(listApiFiles(dir, { ...LAYOUTS.labbook, api: 'specs' }).specs).toEqual(['specs/a.yaml']);
  });
});
