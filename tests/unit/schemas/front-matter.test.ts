import { describe, expect, it } from 'vitest';
import { splitDailyLog } from '../../../src/lib/daily-log.ts';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { validateFiles } from '../../../src/lib/validate-content.ts';
import { tilSchema } from '../../../src/schemas/til.ts';

/**
 * "Lenient with people's notes": keys other tools write are kept on every kind, a near-typo of a
 * known key still fails with "did you mean", lists may be written as `a, b`.
 */

const TYPO = 'Rename it (keys Labbook does not know are kept for other tools, but this one looks like a typo).';

/** A valid page of each kind, with `extra` front matter lines after the required ones. */
const PAGES: Record<string, (extra: string) => { path: string; source: string }> = {
  til: (extra) => ({ path: 'til/2026-11-02-a-note.md', source: `---\ntitle: A note\ndate: 2026-11-02\n${extra}\n---\nText.\n` }),
  doc: (extra) => ({ path: 'docs/guide.md', source: `---\ntitle: Guide\n${extra}\n---\nText.\n` }),
  weekly: (extra) => ({ path: 'weekly/2026-W45.md', source: `---\ntitle: Week\n${extra}\n---\nText.\n` }),
  playbook: (extra) => ({ path: 'playbooks/p.md', source: `---\ntitle: P\nservice: api\nreviewed: 2026-09-14\n${extra}\n---\nText.\n` }),
  'model card': (extra) => ({ path: 'models/m.md', source: `---\ntitle: M\nmodel_name: m\n${extra}\n---\nText.\n` }),
};

const OTHER_TOOLS = [
  'hide: [navigation, toc]', // MkDocs Material
  'search: { exclude: true }', // MkDocs
  'weight: 10', // Hugo
  'slug: custom-slug', // Hugo
  'aliases: [/old/path/]', // Hugo, Obsidian
  'cssclasses: [wide]', // Obsidian
  'layout: post', // Jekyll
  'permalink: /x/', // Jekyll
  'author: Mira K', // Jekyll, Hugo
  'description: One line', // everyone
  'tags: pytorch, cuda', // Obsidian writes lists like this too
];

describe.each(Object.keys(PAGES))('front matter of a %s', (kind) => {
  const page = PAGES[kind] as (extra: string) => { path: string; source: string };

  it.each(OTHER_TOOLS)('keeps %s without a problem', (line) => {
    expect(validateFiles([page(line)]).map((p) => p.message)).toEqual([]);
  });

  it('fails a key one edit from a known one, with "did you mean"', () => {
    expect(validateFiles([page('titel: x')]).map((p) => `${p.line}: ${p.message}`)).toEqual([`${page('').source.split('\n').length - 3}: titel: unknown field: did you mean "title"? ${TYPO}`]);
  });
});

describe('near-typos of each kind\'s own keys', () => {
  it.each([
    ['til', 'tgas: [a]', 'tags'],
    ['til', 'keywrods: [a]', 'keywords'],
    ['til', 'authros: [a]', 'authors'],
    ['doc', 'ordr: 1', 'order'],
    ['weekly', 'weeks: 2026-W45', 'week'],
    ['playbook', 'owner: [a]', 'owners'],
    ['playbook', 'escalations: { primary: a }', 'escalation'],
    ['model card', 'verison: 1.0.0', 'version'],
    ['model card', 'Model-Name: m', 'model_name'],
  ])('%s: %s -> did you mean "%s"', (kind, line, known) => {
    const page = PAGES[kind] as (extra: string) => { path: string; source: string };
    expect(validateFiles([page(line)]).map((p) => p.message)).toEqual([`${line.slice(0, line.indexOf(':'))}: unknown field: did you mean "${known}"? ${TYPO}`]);
  });

  it('keeps other tools\' keys in a daily log\'s front matter and fails a near-typo there', () => {
    const log = (front: string) => splitDailyLog(`---\n${front}\n---\n### A\n`, 'til/2026-11-02.md');
    expect(log('author: mira\nweight: 3\nhide: [toc]').problems).toEqual([]);
    expect(log('categroy: Ops').problems.map((p) => p.message)).toEqual([`categroy: unknown field: did you mean "category"? ${TYPO}`]);
  });
});

describe('comma-separated lists', () => {
  it.each([
    ['tags: pytorch, cuda', 'tags', ['pytorch', 'cuda']],
    ['tags: pytorch', 'tags', ['pytorch']],
    ['keywords: "NaN loss, GradScaler"', 'keywords', ['NaN loss', 'GradScaler']],
    ['authors: mira-k, tom', 'authors', ['mira-k', 'tom']],
    ['tags: [pytorch, cuda]', 'tags', ['pytorch', 'cuda']],
    ['tags: "a,, b ,"', 'tags', ['a', 'b']],
  ])('a TIL reads %s', (line, key, expected) => {
    const result = tilSchema.safeParse(parseFrontmatter(`---\ntitle: T\ndate: 2026-11-02\n${line}\n---\n`).data);
    expect(result.success && result.data[key]).toEqual(expected);
  });

  it('a daily log reads its default tags and authors the same way', () => {
    const { entries, problems } = splitDailyLog('---\ntags: pytorch, cuda\nauthors: mira-k\n---\n### A\n', 'til/2026-11-02.md');
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ tags: ['pytorch', 'cuda'], authors: ['mira-k'] });
  });
});
