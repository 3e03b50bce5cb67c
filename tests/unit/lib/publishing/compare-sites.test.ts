import { describe, expect, it } from 'vitest';
import { compareSites, formatDifferences, shortDiff, type BuiltSite } from '../../../../src/lib/publishing/compare-sites.ts';

function site(files: Record<string, string>): BuiltSite {
  return { paths: Object.keys(files), read: (path) => files[path] ?? '' };
}

describe('compareSites', () => {
  it('finds nothing when both builds have the same files and the same HTML', () => {
    const files = { 'index.html': '<p>a</p>', 'pagefind/x.pf': 'bin' };
    expect(compareSites(site(files), site({ ...files }))).toEqual([]);
  });

  it('names files present in only one build', () => {
    const before = site({ 'index.html': '<p>a</p>', 'old/index.html': '' });
    const after = site({ 'index.html': '<p>a</p>', 'new/index.html': '' });
    expect(compareSites(before, after)).toEqual([
      { path: 'new/index.html', change: 'only-after' },
      { path: 'old/index.html', change: 'only-before' },
    ]);
  });

  it('compares HTML text with a diff broken at tags, and other files only by presence', () => {
    const before = site({ 'a/index.html': '<main><h1>Title</h1><p>old</p></main>', 'app.css': 'a{}' });
    const after = site({ 'a/index.html': '<main><h1>Title</h1><p>new</p></main>', 'app.css': 'b{}' });
    const [difference, ...rest] = compareSites(before, after);
    expect(rest).toEqual([]);
    expect(difference).toMatchObject({ path: 'a/index.html', change: 'changed' });
    const diff = difference?.change === 'changed' ? difference.diff : '';
    expect(diff).toContain('-old</p>');
    expect(diff).toContain('+new</p>');
    expect(diff).not.toContain('<main>');
  });

  it('cuts a long diff and says how much was left out', () => {
    const before = Array.from({ length: 30 }, (_, i) => `<p>${i}</p>`).join('');
    const after = Array.from({ length: 30 }, (_, i) => `<p>${i + 100}</p>`).join('');
    const diff = shortDiff(before, after, 5).split('\n');
    expect(diff).toHaveLength(6);
    expect(diff.at(-1)).toMatch(/^… \d+ more lines$/);
  });
});

describe('formatDifferences', () => {
  it('says the builds are the same, or lists each difference and counts them', () => {
    expect(formatDifferences([])).toBe('Same files, same HTML.\n');
    const text = formatDifferences([{ path: 'x.html', change: 'only-before' }, { path: 'y.html', change: 'changed', diff: '-a\n+b' }]);
    expect(text).toBe('only in the first build: x.html\nchanged: y.html\n    -a\n    +b\n2 differences.\n');
  });
});
