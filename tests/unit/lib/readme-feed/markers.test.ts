import { describe, expect, it } from 'vitest';
import { findMarkers } from '../../../../src/lib/readme-feed/markers.ts';

const S = '<!-- labbook:start -->';
const E = '<!-- labbook:end -->';
const scan = (...lines: string[]) => findMarkers(lines);
const problem = (...lines: string[]) => {
  const result = findMarkers(lines);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
};

describe('findMarkers', () => {
  it('finds one start and one end line, 0-based', () => {
    expect(scan('# Me', '', S, '- old', E, 'after')).toEqual({ ok: true, start: 2, end: 4 });
    expect(scan(S, E)).toEqual({ ok: true, start: 0, end: 1 });
  });

  it('accepts free spacing inside the comment, letter case, indentation and trailing spaces', () => {
    expect(scan('<!--labbook:start-->', '   <!--  LABBOOK:END  -->  ')).toEqual({ ok: true, start: 0, end: 1 });
  });

  it.each([
    ['```', '```'],
    ['~~~', '~~~'],
    ['````md', '````'],
    ['   ```', '```'],
    ['~~~~', '~~~~~'],
  ])('ignores markers inside a %s fence', (open, close) => {
    expect(scan(open, S, E, close, 'text', S, E)).toEqual({ ok: true, start: 5, end: 6 });
  });

  it('keeps a fence open until a closing fence of the same character and at least the same length', () => {
    // "```" does not close "````", "~~~" does not close "```", and a closing fence has no info string.
    expect(scan('````', '```', S, '~~~', '``` js', E, '````', S, E)).toEqual({ ok: true, start: 7, end: 8 });
  });

  it('counts a fence indented 4 spaces, or a backtick run with a backtick in its info string, as text', () => {
    expect(scan('    ```', S, E)).toEqual({ ok: true, start: 1, end: 2 });
    expect(scan('``` a`b', S, E)).toEqual({ ok: true, start: 1, end: 2 });
  });

  it('ignores markers in inline code', () => {
    expect(scan(`Put \`${S}\` and \`\`${E}\`\` in your README:`, S, E)).toEqual({ ok: true, start: 1, end: 2 });
    expect(scan(`\`${S}\``, `\`${E}\``)).toMatchObject({ ok: false, problem: { code: 'markers-missing' } });
  });

  it('says how to add the markers when there are none, and why documented ones do not count', () => {
    expect(problem('# Me', 'Hello')).toEqual({
      code: 'markers-missing',
      line: undefined,
      message:
        'no labbook markers found, nothing was written. Add these two lines where the list of TILs should go, then run again:\n' +
        '    <!-- labbook:start -->\n    <!-- labbook:end -->',
    });
    expect(problem('```', S, E, '```', `\`${S}\``).message).toContain(
      'Markers in code are documentation, not markers: line 2 is inside the code block opened on line 1; ' +
        'line 3 is inside the code block opened on line 1; line 5 has it inside inline code.',
    );
  });

  it('reports an unclosed fence that swallowed the markers', () => {
    expect(problem('```sh', 'npm i', S, E).message).toContain('line 3 is inside the code block opened on line 1');
  });

  it('names the line of a lone start or end marker and what to add', () => {
    expect(problem('a', S, 'b')).toEqual({
      code: 'end-missing',
      line: 2,
      message:
        '<!-- labbook:start --> has no <!-- labbook:end --> after it; nothing was written. Add a line <!-- labbook:end --> below line 2, where the list should end.',
    });
    expect(problem('a', 'b', E)).toEqual({
      code: 'start-missing',
      line: 3,
      message:
        '<!-- labbook:end --> has no <!-- labbook:start --> before it; nothing was written. Add a line <!-- labbook:start --> above line 3, where the list should begin.',
    });
  });

  it('names every line of a repeated marker', () => {
    expect(problem(S, E, 'x', S, E)).toEqual({
      code: 'marker-twice',
      line: 1,
      message:
        '<!-- labbook:start --> appears on lines 1 and 4; nothing was written. Keep one <!-- labbook:start --> and one <!-- labbook:end -->, and delete the others.',
    });
    expect(problem(S, E, E, 'x', E)).toMatchObject({ code: 'marker-twice', line: 2 });
    expect(problem(S, E, E, 'x', E).message).toContain('<!-- labbook:end --> appears on lines 2, 3 and 5;');
  });

  it('rejects an end marker before the start marker', () => {
    expect(problem('x', E, 'y', S)).toEqual({
      code: 'markers-order',
      line: 2,
      message:
        '<!-- labbook:end --> (line 2) comes before <!-- labbook:start --> (line 4); nothing was written. Swap the two lines: the start marker goes first.',
    });
  });

  it('rejects a marker that shares its line with other text', () => {
    expect(problem(`Latest: ${S}`, E)).toMatchObject({ code: 'marker-inline', line: 1 });
    expect(problem(S, `${E} ${S}`)).toMatchObject({ code: 'marker-inline', line: 2 });
    expect(problem(S, `- item ${E}`).message).toBe(
      '<!-- labbook:end --> must be alone on its line, and this line has other text; nothing was written. Put the marker on a line of its own.',
    );
  });
});
