import { describe, expect, it } from 'vitest';
import { firstHeading, notebookLanguage, notebookTags, notebookTitle, parseNotebook } from '../../../../src/lib/notebooks/parse.ts';
import { notebookProblem } from '../../../../src/lib/notebooks/problems.ts';

const LIMIT = 20 * 1024 * 1024;
const nb = (extra: Record<string, unknown> = {}, cells: unknown[] = []) => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells, ...extra });
const parse = (text: string) => parseNotebook(text, text.length, LIMIT);

describe('parseNotebook', () => {
  it('reads cells whose source is a list of lines or one string, and missing outputs as none', () => {
    const result = parse(nb({}, [{ cell_type: 'markdown', source: ['# A\n', 'b'] }, { cell_type: 'code', source: 'x = 1', execution_count: 3 }]));
    expect('notebook' in result && result.notebook.cells).toEqual([
      { cell_type: 'markdown', source: '# A\nb', execution_count: null, outputs: [] },
      { cell_type: 'code', source: 'x = 1', execution_count: 3, outputs: [] },
    ]);
  });

  it('names the JSON line and column of a file that is not JSON', () => {
    const result = parse('{\n "nbformat": 4,\n}');
    expect(result).toMatchObject({ problem: { kind: 'json', line: 3, column: 1 } });
    const problem = notebookProblem('notebooks/a.ipynb', (result as { problem: Parameters<typeof notebookProblem>[1] }).problem);
    expect(problem).toMatchObject({ code: 'notebook-json', file: 'notebooks/a.ipynb', line: 3 });
    expect(problem.message).toContain('line 3, column 1');
    expect(problem.message).toContain('open it in Jupyter and save it again');
  });

  it('says which nbformat an old notebook is and how to convert it', () => {
    const result = parse(JSON.stringify({ nbformat: 3, nbformat_minor: 0, worksheets: [] }));
    expect(result).toEqual({ problem: { kind: 'version', found: 'nbformat 3.0' } });
    const message = notebookProblem('notebooks/old.ipynb', { kind: 'version', found: 'nbformat 3.0' }).message;
    expect(message).toContain('is nbformat 3.0');
    expect(message).toContain('jupyter nbconvert --to notebook --nbformat 4');
    expect(parse('{"cells": []}')).toEqual({ problem: { kind: 'version', found: 'no nbformat field' } });
  });

  it('refuses a notebook over the size limit before parsing it, naming both sizes', () => {
    expect(parseNotebook('{}', 25 * 1024 * 1024, LIMIT)).toEqual({ problem: { kind: 'too-large', bytes: 25 * 1024 * 1024, limit: LIMIT } });
    const message = notebookProblem('notebooks/big.ipynb', { kind: 'too-large', bytes: 25 * 1024 * 1024, limit: LIMIT }).message;
    expect(message).toContain('is 25 MB, over the notebook size limit of 20 MB');
    expect(message).toContain('notebookMaxSize');
  });

  it('refuses JSON that is not a notebook', () => {
    expect(parse('[1, 2]')).toMatchObject({ problem: { kind: 'shape' } });
    expect(parse(JSON.stringify({ nbformat: 4 }))).toMatchObject({ problem: { kind: 'shape', field: 'cells' } });
  });
});

describe('title, tags and language', () => {
  const cells = [
    { cell_type: 'code', source: '# not a heading: code', execution_count: null, outputs: [] },
    { cell_type: 'markdown', source: '```\n# in a fence\n```\nSome text\n## The *real* title', execution_count: null, outputs: [] },
  ];
  const notebook = (metadata: Record<string, unknown>) => ({ nbformat: 4, metadata, cells });

  it('takes the title from metadata, else the first Markdown heading, else the file name', () => {
    expect(notebookTitle(notebook({ title: 'From metadata' }), 'x.ipynb')).toBe('From metadata');
    expect(notebookTitle(notebook({ labbook: { title: 'Nested' } }), 'x.ipynb')).toBe('Nested');
    expect(notebookTitle(notebook({}), 'x.ipynb')).toBe('The real title');
    expect(firstHeading([])).toBeUndefined();
    expect(notebookTitle({ nbformat: 4, metadata: {}, cells: [] }, 'error_analysis-v2.ipynb')).toBe('error analysis v2');
  });

  it('reads tags as a list or a comma-separated string', () => {
    expect(notebookTags(notebook({ tags: ['eval', 'eval', ' nlp '] }))).toEqual(['eval', 'nlp']);
    expect(notebookTags(notebook({ labbook: { tags: 'a, b' } }))).toEqual(['a', 'b']);
    expect(notebookTags(notebook({}))).toEqual([]);
  });

  it('takes the language from the kernel, else language_info, else Python', () => {
    expect(notebookLanguage({ kernelspec: { language: 'R' } })).toBe('r');
    expect(notebookLanguage({ language_info: { name: 'julia' } })).toBe('julia');
    expect(notebookLanguage({})).toBe('python');
    expect(notebookLanguage({ kernelspec: { language: 'python\n# not a fence' } })).toBe('text');
  });
});
