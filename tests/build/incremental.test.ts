import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

/** Pages the build copied from its cache (`├─ /til/x/index.html (restored)` in Astro's log). */
function restored(output: string): Set<string> {
  return new Set([...output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1] as string));
}

const page = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

/** Commit everything in `dir` at a fixed date, so "Last updated" is known. */
function commitAll(dir: string, date: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-qm', 'edit'], { cwd: dir, env });
}

describe('warm rebuilds reuse unchanged pages (experimental.incrementalBuild)', () => {
  it('renders again exactly the pages an edit can change, and no stale page survives', () => {
    const work = makeWorkDir();
    const out = join(work, 'dist');
    const site = makeSite({
      'labbook.yaml': 'title: Incremental Wiki\nrepo: acme/wiki\n',
      'til/2026-11-01-alpha.md': tilFile('Alpha note', '2026-11-01', 'tags: [cuda]\n', 'Alpha body.\n'),
      'til/2026-11-02-beta.md': tilFile('Beta note', '2026-11-02', 'tags: [cuda]\n', 'Beta body, see #12.\n'),
      'til/2026-11-03-gamma.md': tilFile('Gamma note', '2026-11-03', 'tags: [nccl]\n', 'Gamma body.\n'),
      'til/2026-11-05-delta.md': tilFile('Delta note', '2026-11-05', 'tags: [cuda]\n', 'Delta body.\n'),
      'docs/index.md': '---\ntitle: Handbook\n---\nWelcome.\n',
    });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: site });
    commitAll(site, '2026-11-04T10:00:00Z');

    const first = runBuild(site, out);
    expect(first.status, first.output).toBe(0);
    expect(restored(first.output).size).toBe(0);

    // 1. A body edit: that note and the pages listing it render again; other notes are copied.
    writeFileSync(join(site, 'til/2026-11-02-beta.md'), tilFile('Beta note', '2026-11-02', 'tags: [cuda]\n', 'Beta body, rewritten, see #12.\n'));
    const second = runBuild(site, out);
    expect(second.status, second.output).toBe(0);
    const reused = restored(second.output);
    expect(reused).toContain('/til/2026-11-01-alpha/index.html');
    expect(reused).toContain('/til/2026-11-03-gamma/index.html');
    expect(reused).toContain('/tags/nccl/index.html');
    expect(reused).not.toContain('/til/2026-11-02-beta/index.html');
    expect(page(out, 'til/2026-11-02-beta')).toContain('Beta body, rewritten');
    // Its issue page quotes the note.
    expect(reused).not.toContain('/issues/12/index.html');
    expect(page(out, 'til/2026-11-01-alpha')).toContain('Alpha body.');

    // 2. A title edit shows on the neighbours' previous/next links and in other notes' related
    // lists (alpha is no neighbour of delta); a commit moves "Last updated".
    expect(page(out, 'til/2026-11-01-alpha')).toContain('Delta note');
    writeFileSync(join(site, 'til/2026-11-03-gamma.md'), tilFile('Gamma renamed', '2026-11-03', 'tags: [nccl]\n', 'Gamma body.\n'));
    writeFileSync(join(site, 'til/2026-11-05-delta.md'), tilFile('Delta renamed', '2026-11-05', 'tags: [cuda]\n', 'Delta body.\n'));
    commitAll(site, '2026-11-09T10:00:00Z');
    const third = runBuild(site, out);
    expect(third.status, third.output).toBe(0);
    expect(page(out, 'til/2026-11-02-beta')).toContain('Gamma renamed');
    expect(page(out, 'til/2026-11-03-gamma')).toContain('datetime="2026-11-09');
    expect(page(out, 'tags/nccl')).toContain('Gamma renamed');
    expect(page(out, 'til/2026-11-01-alpha')).toContain('Delta renamed');

    // 3. labbook.yaml reaches every page; a deleted note leaves no page behind.
    writeFileSync(join(site, 'labbook.yaml'), 'title: Renamed Wiki\nrepo: acme/wiki\n');
    rmSync(join(site, 'til/2026-11-01-alpha.md'));
    const fourth = runBuild(site, out);
    expect(fourth.status, fourth.output).toBe(0);
    expect(restored(fourth.output).size).toBe(0);
    expect(page(out, 'til/2026-11-03-gamma')).toContain('Renamed Wiki');
    expect(page(out, 'docs')).toContain('Renamed Wiki');
    expect(existsSync(join(out, 'til/2026-11-01-alpha/index.html'))).toBe(false);
    expect(page(out, 'til/2026-11-02-beta')).not.toContain('Alpha note');

    // 4. Nothing changed: every keyed page is copied, and the site is the same.
    const before = page(out, 'til/2026-11-02-beta');
    const fifth = runBuild(site, out);
    expect(fifth.status, fifth.output).toBe(0);
    expect(restored(fifth.output)).toContain('/til/2026-11-02-beta/index.html');
    expect(page(out, 'til/2026-11-02-beta')).toBe(before);
  });
});
