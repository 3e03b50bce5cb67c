import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild } from './run-build.ts';

/** The engineering-diary layout: TILs/ daily logs and notes, TILs/WEEKLY/ summaries, docs/, in a project repo. */
const diary = {
  'labbook.yaml': 'title: Diary\n',
  'TILs/2023-11-01.md': [
    '## 2023-11-01',
    '',
    '### 🛠️ [MLOps] Docker build cache invalidation',
    '',
    '**Symptoms:** every build reinstalls dependencies.',
    '',
    '**Key Takeaway:**',
    '> Copy the lock file before the source.',
    '',
  ].join('\n'),
  'TILs/2023-11-02-pinned-memory.md': '---\ntitle: Pinned memory speeds up host-to-device copies\ndate: 2023-11-02\ntags: [pytorch]\n---\nSee [the setup guide](../docs/setup.md).\n',
  'TILs/WEEKLY/2023-W44.md': '---\ntitle: Week 44\n---\nA WEEK-44-SUMMARY of what we learned.\n',
  'docs/setup.md': '---\ntitle: Setup\n---\nBack to [the note](../TILs/2023-11-02-pinned-memory.md).\n',
  'src/train.py': 'print("not a page")\n',
  'notebooks/README.md': '# Not a page\n',
};

describe('the engineering-diary layout', () => {
  it('builds TILs/, TILs/WEEKLY/ and docs/ in place, and nothing else', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(makeSite(diary), out);
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'til/2023-11-01-docker-build-cache-invalidation/index.html'), 'utf8')).toContain('Copy the lock file before the source.');
    const note = readFileSync(join(out, 'til/2023-11-02-pinned-memory/index.html'), 'utf8');
    expect(note).toContain('href="/docs/setup/"');
    expect(readFileSync(join(out, 'docs/setup/index.html'), 'utf8')).toContain('href="/til/2023-11-02-pinned-memory/"');
    expect(readFileSync(join(out, 'til/weekly/2023-W44/index.html'), 'utf8')).toContain('WEEK-44-SUMMARY');
    expect(existsSync(join(out, 'til/weekly/index.html')) || existsSync(join(out, 'til/index.html'))).toBe(true);
    const published = readdirSync(out, { recursive: true }).map(String);
    expect(published.filter((path) => /notebooks|train|src/.test(path))).toEqual([]);
  });

  it('names files where they are when they are wrong', () => {
    const { status, output } = runBuild(makeSite({ ...diary, 'TILs/2023-11-03-bad.md': '---\ntitle: Bad\ndate: 2023-13-45\n---\n' }), join(makeWorkDir(), 'dist'));
    expect(status).toBe(1);
    expect(output).toContain('TILs/2023-11-03-bad.md:3: date: expected a real calendar date');
  });
});
