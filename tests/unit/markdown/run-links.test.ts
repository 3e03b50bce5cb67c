import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { issueLinks } from '../../../src/markdown/issue-links.ts';
import { runLinks } from '../../../src/markdown/run-links.ts';
import { mentionNames, type RunTarget } from '../../../src/lib/experiments/mentions.ts';

const RUNS: RunTarget[] = [
  { id: 'exp-003', dirName: 'exp-003_lr-warmup', url: '/experiments/exp-003_lr-warmup/' },
  { id: 'baseline', dirName: 'baseline', url: '/experiments/baseline/' },
  { id: 'run-7', dirName: 'run-7_a', url: '/experiments/a/run-7_a/' },
  { id: 'run-7', dirName: 'run-7_b', url: '/experiments/b/run-7_b/' },
];
const render = async (markdown: string, base = '/') => (await markdownToHtml(markdown, { mdastPlugins: [issueLinks({ repo: 'acme/wiki' }), runLinks({ runs: RUNS, base })] })).html;
const link = (url: string, text: string) => `<a href="${url}" class="run-ref">${text}</a>`;

describe('runLinks', () => {
  it('links a run id and a folder name written as whole words', async () => {
    expect(await render('As exp-003 showed (see exp-003_lr-warmup), warmup helps.')).toBe(
      `<p>As ${link('/experiments/exp-003_lr-warmup/', 'exp-003')} showed (see ${link('/experiments/exp-003_lr-warmup/', 'exp-003_lr-warmup')}), warmup helps.</p>\n`,
    );
    expect(await render('Ended with exp-003.')).toContain(link('/experiments/exp-003_lr-warmup/', 'exp-003'));
  });
  it('adds the base path', async () => {
    expect(await render('exp-003', '/wiki/')).toContain('href="/wiki/experiments/exp-003_lr-warmup/"');
  });
  it('leaves code, links, headings, longer words and paths alone', async () => {
    for (const text of ['`exp-003`', '[exp-003](https://x.test)', '## exp-003', 'exp-0031 and exp-003a', 'runs/exp-003/x', 'exp-003.csv']) {
      expect(await render(text), text).not.toContain('run-ref');
    }
  });
  it('never links an id without a digit or one that two runs share; their folder names link', async () => {
    expect(mentionNames(RUNS).has('baseline')).toBe(false); // an ordinary word, even as a folder name
    expect(await render('Compared with the baseline.')).not.toContain('run-ref');
    expect([...mentionNames(RUNS).keys()]).not.toContain('run-7');
    expect(await render('run-7 vs run-7_b')).toBe(`<p>run-7 vs ${link('/experiments/b/run-7_b/', 'run-7_b')}</p>\n`);
  });
  it('does nothing without runs', async () => {
    expect((await markdownToHtml('exp-003', { mdastPlugins: [runLinks()] })).html).toBe('<p>exp-003</p>\n');
  });
});
