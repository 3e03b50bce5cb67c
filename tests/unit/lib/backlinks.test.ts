import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backlinkIndex } from '../../../src/lib/backlinks.ts';
import { contentUrlIndex } from '../../../src/lib/content-urls.ts';
import { readContentFiles } from '../../../src/lib/validate-content.ts';

function wiki(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-backlinks-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return backlinkIndex(readContentFiles(dir), { lookup: contentUrlIndex(dir).lookup });
}

const til = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2026-11-01\n---\n${body}`;

describe('backlinkIndex', () => {
  const index = wiki({
    'docs/guide.md': '---\ntitle: Setup Guide\naliases: [onboarding]\n---\nSee [the runbook](ops/runbook.md#step) and [[Loss spikes]].\n',
    'docs/ops/runbook.md': '# The Runbook\n\nBack to [the guide](/docs/guide.md), [[guide]] again, and [home](/docs/guide/).\n',
    'til/2026-11-01-loss-spikes.md': til('Loss spikes', 'Per [[Onboarding|the guide]]; [ref][r] too.\n\n[r]: ../docs/ops/runbook.md\n'),
    'til/2026-11-02.md': '### [Training] GradScaler NaN\n\nSee [[Setup Guide]].\n\n### [Debugging] Other\n\nNothing.\n',
    'til/2026-11-03-code.md': til('Code only', 'Not links: `[[Setup Guide]]` and\n\n```md\n[x](../docs/guide.md)\n[[The Runbook]]\n```\n'),
    'til/2026-11-04-self.md': til('Self', 'Me: [[Self]]; a missing [[Nowhere]]; out: [x](https://example.com/docs/guide.md).\n'),
  });

  it('finds relative, site-absolute, reference and wikilinks, each source once', () => {
    expect(index.get('/docs/guide/')).toEqual([
      { url: '/docs/ops/runbook/', title: 'The Runbook' },
      { url: '/til/2026-11-01-loss-spikes/', title: 'Loss spikes' },
      { url: '/til/2026-11-02-gradscaler-nan/', title: 'GradScaler NaN' },
    ]);
    expect(index.get('/docs/ops/runbook/')).toEqual([
      { url: '/docs/guide/', title: 'Setup Guide' },
      { url: '/til/2026-11-01-loss-spikes/', title: 'Loss spikes' },
    ]);
    expect(index.get('/til/2026-11-01-loss-spikes/')).toEqual([{ url: '/docs/guide/', title: 'Setup Guide' }]);
  });

  it('leaves out code, links to itself, external and unresolved links', () => {
    expect(index.get('/til/2026-11-04-self/')).toBeUndefined();
    expect([...index.values()].flat().some((link) => link.url === '/til/2026-11-03-code/')).toBe(false);
    expect([...index.values()].flat().some((link) => link.url === '/til/2026-11-04-self/')).toBe(false);
  });

  it('indexes a large wiki in one pass: 4,000 pages, each linked from two others', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 4000; i++) files[`docs/p${i}.md`] = `# Page ${i}\n\n[next](p${i + 1}.md) [[Page ${(i + 2) % 4000}]]\n`;
    const big = wiki(files);
    expect(big.get('/docs/p5/')).toEqual([{ url: '/docs/p3/', title: 'Page 3' }, { url: '/docs/p4/', title: 'Page 4' }]);
    expect(big.size).toBe(4000);
  });
});
