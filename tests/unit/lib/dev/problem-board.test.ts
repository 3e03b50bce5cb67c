/** The dev server's list of problems (src/lib/dev/problem-board.ts). */
import { describe, expect, it } from 'vitest';
import { createProblemBoard, renderProblems } from '../../../../src/lib/dev/problem-board.ts';
import type { Problem } from '../../../../src/lib/errors.ts';

const dateProblem: Problem = { code: 'frontmatter-field', file: 'til/a.md', line: 3, message: 'date: expected a real calendar date' };
const diagramProblem = (file: string, line = 5): Problem => ({ code: 'render-failed', file, line, message: 'mermaid diagram does not parse' });
const entry = (title: string, body = 'Text.') => `### ${title}\n\n${body}\n`;
const file = (text: string) => () => text;

describe('createProblemBoard', () => {
  it('lists the checks of saved files and what rendering found, by file then line', () => {
    const board = createProblemBoard();
    board.checked('til/b.md', [{ ...dateProblem, file: 'til/b.md', line: 2 }]);
    board.checked('til/a.md', [dateProblem]);
    board.rendered('til/a.md', 'body', [diagramProblem('til/a.md', 1)], file('body'));
    expect(board.list().map((p) => `${p.file}:${p.line}`)).toEqual(['til/a.md:1', 'til/a.md:3', 'til/b.md:2']);
  });

  it('says once what is new and which files are fine again', () => {
    const board = createProblemBoard();
    board.checked('til/a.md', [dateProblem]);
    expect(board.changes()).toEqual({ added: [dateProblem], fixed: [], changed: true });
    board.checked('til/a.md', [dateProblem]);
    expect(board.changes()).toEqual({ added: [], fixed: [], changed: false });
    board.checked('til/a.md', []);
    expect(board.changes()).toEqual({ added: [], fixed: ['til/a.md'], changed: true });
  });

  it("keeps a daily log entry's render problems while its text is in the file; an edited entry's go when the file renders again", () => {
    const board = createProblemBoard();
    const log = 'til/2026-11-02.md';
    const broken = entry('Broken', '```mermaid\ngraph TD\n  A-->\n```');
    board.rendered(log, broken, [diagramProblem(log)], file(broken));
    // Another entry changed and rendered; the broken one was not rendered again, and is still broken.
    board.rendered(log, entry('Other', 'Changed.'), [], file(`${entry('Other', 'Changed.')}\n${broken}`));
    expect(board.list()).toEqual([diagramProblem(log)]);
    // The broken entry was edited and renders fine.
    const fixed = entry('Broken', 'Fixed.');
    board.rendered(log, fixed, [], file(`${entry('Other', 'Changed.')}\n${fixed}`));
    expect(board.list()).toEqual([]);
  });

  it('a save that is still broken replaces the problem without a "fixed" in between', () => {
    const board = createProblemBoard();
    board.rendered('til/a.md', 'graph TD\n  A-->', [diagramProblem('til/a.md')], file('# T\n\ngraph TD\n  A-->'));
    board.changes();
    board.checked('til/a.md', []);
    expect(board.changes()).toEqual({ added: [], fixed: [], changed: false });
    board.rendered('til/a.md', 'graph TD\n  B-->', [diagramProblem('til/a.md')], file('# T\n\ngraph TD\n  B-->'));
    expect(board.changes()).toEqual({ added: [], fixed: [], changed: false });
    expect(board.list()).toEqual([diagramProblem('til/a.md')]);
  });

  it('drops a document that renders fine again, and a file that is gone', () => {
    const board = createProblemBoard();
    board.rendered('docs/a.md', 'x', [diagramProblem('docs/a.md', 2)], file('x'));
    board.rendered('docs/a.md', 'x', [], file('x'));
    expect(board.list()).toEqual([]);
    board.checked('docs/b.md', [{ ...dateProblem, file: 'docs/b.md' }]);
    board.rendered('docs/b.md', 'y', [diagramProblem('docs/b.md')], file('y'));
    board.forget('docs/b.md');
    expect(board.list()).toEqual([]);
  });
});

describe('renderProblems', () => {
  it("reads each recorded failure's file and line; continuation lines and advice stay with it", () => {
    const failures = [
      'til/a.md:14: mermaid diagram does not parse: Parse error on line 2:\n    graph TD A-->\n    ---------^',
      'til/a.md:20: link "x.md" points to til/x.md, which does not exist\ntil/a.md:22: link "y.md" points to til/y.md, which does not exist\nFix the links.',
    ];
    expect(renderProblems('til/a.md', failures)).toEqual([
      { code: 'render-failed', file: 'til/a.md', line: 14, message: 'mermaid diagram does not parse: Parse error on line 2:\ngraph TD A-->\n---------^' },
      { code: 'render-failed', file: 'til/a.md', line: 20, message: 'link "x.md" points to til/x.md, which does not exist' },
      { code: 'render-failed', file: 'til/a.md', line: 22, message: 'link "y.md" points to til/y.md, which does not exist\nFix the links.' },
    ]);
  });

  it('keeps a failure without a location whole, on the file', () => {
    expect(renderProblems('til/a.md', ['something failed'])).toEqual([{ code: 'render-failed', file: 'til/a.md', message: 'something failed' }]);
  });
});
