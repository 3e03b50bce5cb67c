import { describe, expect, it } from 'vitest';
import { sourceLineOfParsedLine, withSourceLines } from '../../../../src/lib/mermaid/error-lines.ts';

describe('sourceLineOfParsedLine', () => {
  it.each<[string, string, number, number]>([
    ['no comments', 'gantt\n  dateFormat YYYY-MM-DD\n  bad', 3, 3],
    ['two comment lines before the error', 'gantt\n  dateFormat YYYY-MM-DD\n  %% one\n  %% two\n  section S\n  Task :a1, 2026-01-01, 3d\n  dateFormat\n', 5, 7],
    ['a blank line and a comment', 'sequenceDiagram\n\n  %% one\n  Alice->>Bob: hi\n  Bob-->>\n', 3, 5],
    ['front matter and a directive', '---\ntitle: T\n---\n%%{init: {"theme": "dark"}}%%\nflowchart LR\n  %% c\n  A -->\n', 2, 7],
    ['a leading comment', '%% about\nflowchart LR\n  A -->', 2, 3],
    ['an error past the end', 'flowchart LR\n  %% c\n  A -->', 9, 3],
  ])('%s', (_, code, parsedLine, line) => {
    expect(sourceLineOfParsedLine(code, parsedLine)).toBe(line);
  });
});

describe('withSourceLines', () => {
  it("rewrites Mermaid's line, leaving the rest of the message alone", () => {
    const source = 'gantt\n  dateFormat YYYY-MM-DD\n  %% one\n  %% two\n  section S\n  Task :a1, 2026-01-01, 3d\n  dateFormat\n';
    expect(withSourceLines("Parse error on line 5:\n...-01, 3d  dateFormat\n---^\nExpecting 'taskData', got 'NL'", source, source)).toBe(
      "Parse error on line 7:\n...-01, 3d  dateFormat\n---^\nExpecting 'taskData', got 'NL'",
    );
  });

  it('does not count the theme directive Labbook inserts after the front matter', () => {
    const source = '---\ntitle: T\n---\nflowchart LR\n  %% c\n  A -->';
    const rendered = '---\ntitle: T\n---\n%%{init: {"theme": "dark"}}%%\nflowchart LR\n  %% c\n  A -->';
    expect(withSourceLines('Parse error on line 3: x', rendered, source)).toBe('Parse error on line 6: x');
  });
});
