import { describe, expect, it } from 'vitest';
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
    expect(listApiFiles(dir)).toEqual({ specs: ['api/ml/Inference.JSON', 'api/ml/batch.yml', 'api/payments.yaml'], markdown: ['api/readme.md'], outside: [] });
    expect(listApiFiles(contentWith({ 'til/x.md': '' }))).toEqual({ specs: [], markdown: [], outside: [] });
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
