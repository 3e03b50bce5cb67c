import { describe, expect, it } from 'vitest';
import { findLockedSettings } from '../../../../src/lib/mermaid/config-guard.ts';

describe('findLockedSettings', () => {
  it.each<[string, string, [string, number][]]>([
    ['an init directive', '%%{init: {"securityLevel": "loose"}}%%\nflowchart LR\n  A --> B', [['securityLevel', 1]]],
    ['single quotes and initialize', "flowchart LR\n%%{initialize: {'themeCSS': '.node{fill:red}'}}%%\n  A --> B", [['themeCSS', 2]]],
    ['a key on a later line', '%%{init: {\n  "theme": "dark",\n  "fontFamily": "Comic Sans"\n}}%%\nflowchart LR', [['fontFamily', 3]]],
    ['a JSON escape in a directive', '%%{init: {"html\\u004cabels": true}}%%\nflowchart LR\n  A --> B', [['htmlLabels', 1]]],
    ['a JSON escape in a nested key', 'flowchart LR\n%%{init: {"flowchart": {"html\\u004cabels": true}}}%%\n  A --> B', [['htmlLabels', 2]]],
    ['a YAML escape in front matter', '---\nconfig:\n  "html\\x4cabels": true\n---\nflowchart LR\n  A --> B', [['htmlLabels', 3]]],
    ['a YAML anchor in front matter', '---\nx: &a {securityLevel: loose}\nconfig: *a\n---\nflowchart LR', [['securityLevel', 2]]],
    ['indented front matter', '  ---\n  config:\n    themeCSS: x\n  ---\nflowchart LR', [['themeCSS', 3]]],
    ['a nested key', '%%{init: {"themeVariables": {"fontFamily": "x"}}}%%\npie\n "a": 1', [['fontFamily', 1]]],
    ['front matter config', '---\ntitle: T\nconfig:\n  securityLevel: loose\n  flowchart:\n    htmlLabels: true\n---\nflowchart LR\n  A --> B', [['securityLevel', 4], ['htmlLabels', 6]]],
    ['several keys', '%%{init: {"securityLevel": "loose", "themeCSS": "x"}}%%\ngraph TD', [['securityLevel', 1], ['themeCSS', 1]]],
  ])('finds the locked key in %s', (_, source, expected) => {
    expect(findLockedSettings(source).map((found) => [found.key, found.line])).toEqual(expected);
  });

  it.each([
    ['allowed settings', '%%{init: {"theme": "forest", "flowchart": {"curve": "basis"}}}%%\nflowchart LR\n  A --> B'],
    ['the words in labels', 'flowchart LR\n  A["securityLevel: loose"] --> B["fontFamily: x"]'],
    ['a comment that is not a directive', '%% fontFamily: x\nflowchart LR\n  A --> B'],
    ['a front matter block that is not at the top', 'flowchart LR\n  A --> B\n---\nsecurityLevel: x\n---'],
    ['a key that only starts like a locked one', '%%{init: {"fontFamilyFallback": "x"}}%%\ngraph TD'],
    ['a directive Mermaid cannot read, and so ignores', '%%{init: {\n  theme: "dark",\n  fontFamily: "Comic Sans"\n}}%%\nflowchart LR'],
    ['htmlLabels: false, which Labbook sets itself (init)', '%%{init: {"htmlLabels": false, "flowchart": {"htmlLabels": false}}}%%\nflowchart LR\n  A --> B'],
    ['htmlLabels: false, which Labbook sets itself (front matter)', '---\nconfig:\n  htmlLabels: false\n  securityLevel: strict\n---\nflowchart LR\n  A --> B'],
  ])('ignores %s', (_, source) => {
    expect(findLockedSettings(source)).toEqual([]);
  });

  it('says which key, where, why and what to do', () => {
    const [found] = findLockedSettings('%%{init: {"securityLevel": "loose"}}%%\ngraph TD');
    expect(found?.message).toBe(
      'sets securityLevel on line 1 of the diagram, which Labbook controls: Labbook renders every diagram with securityLevel "strict", so no label can run script or inject markup. Remove it.',
    );
  });
});
