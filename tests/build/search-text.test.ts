import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

/** What Pagefind indexed for each page: its fragments, by URL (gzip, behind a `pagefind_dcd` marker). */
function indexedPages(out: string): Map<string, { content: string; meta: Record<string, string> }> {
  const dir = join(out, 'pagefind/fragment');
  const pages = new Map<string, { content: string; meta: Record<string, string> }>();
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8').replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(text) as { url: string; content: string; meta: Record<string, string> };
    pages.set(fragment.url, fragment);
  }
  return pages;
}

const site = {
  'labbook.yaml': 'title: Search Text Test\nrepo: acme/ml\n',
  'playbooks/latency.md': `---
title: Intent latency
service: intent-api
severity: SEV2
owners: [ml-serving]
escalation:
  - { role: primary, contact: serving on-call }
reviewed: 2026-10-30
models: [intent]
---
## Symptoms

The p95 latency alert fires.
`,
  'models/intent.md': `---
title: Intent
model_name: intent
version: 1.0.0
status: production
owners: [dtorres]
pipeline_tag: text-classification
---
## Intended use

Routing tickets.
`,
  'til/2026-11-03-cuda-pin.md': tilFile('Pin the CUDA version', '2026-11-03', '', 'The nightly image broke every custom op; see #42 for the timeline.\n'),
  'til/2026-11-04-listed-only.md': tilFile('A note that lists its issue', '2026-11-04', 'issues: ["#42"]\n', 'Nothing about it in the text.\n'),
  'til/2026-11-02-pin-memory.md': tilFile('Pin memory for faster loading', '2026-11-02', 'keywords: [dataloader]\ncategory: Data\nauthors: [sam]\n', 'Pinned host memory makes copies to the GPU asynchronous.\n'),
};

describe('what search indexes as a page\'s text', { timeout: 600_000 }, () => {
  let pages: ReturnType<typeof indexedPages>;
  beforeAll(() => {
    const out = join(makeWorkDir(), 'dist');
    const result = runBuild(makeSite(site), out);
    expect(result.status, result.output).toBe(0);
    pages = indexedPages(out);
  });

  it('keeps facts panels out of excerpts, so their labels never glue to their values', () => {
    const playbook = pages.get('/playbooks/latency/')!.content;
    expect(playbook).toContain('The p95 latency alert fires.');
    expect(playbook).not.toMatch(/Severity\s*SEV2/);
    expect(playbook).not.toMatch(/Last reviewed/);
    expect(playbook).not.toMatch(/Owners\s*ml-serving/);
    const model = pages.get('/models/intent/')!.content;
    expect(model).toContain('Routing tickets.');
    expect(model).not.toMatch(/Owners\s*dtorres/);
    expect(model).not.toMatch(/Status\s*production/i);
  });

  it('still finds a page by what its panel said: owners, service, severity, models', () => {
    const playbook = pages.get('/playbooks/latency/')!.content;
    for (const term of ['ml-serving', 'intent-api', 'SEV2', 'intent']) expect(playbook).toContain(term);
    const model = pages.get('/models/intent/')!.content;
    for (const term of ['dtorres', 'text-classification']) expect(model).toContain(term);
  });

  it('adds no author or category list to a TIL\'s text', () => {
    const til = pages.get('/til/2026-11-02-pin-memory/')!.content;
    expect(til).toContain('dataloader');
    expect(til).not.toMatch(/dataloader,\s*(Data|sam)/);
    expect(til).not.toMatch(/\bsam\b/);
  });

  it("indexes an issue's page as the pages citing it, kind Issue, its title shown but never ranked", () => {
    const issue = pages.get('/issues/42/')!;
    // Newest first; no breadcrumbs, no "What do we know about", no "Open #42 on GitHub", no quoted sentences.
    expect(issue.content).toBe('#42 is cited by 2 pages: A note that lists its issue; Pin the CUDA version.');
    expect(issue.meta).toEqual({ kind: 'Issue', title: '', shown_title: 'What do we know about #42?' });
  });

  it('leaves the table of all issues out of the index', () => {
    expect([...pages.keys()].filter((url) => url.startsWith('/issues/'))).toEqual(['/issues/42/']);
  });

  it('finds a note by an issue listed only in its front matter', () => {
    expect(pages.get('/til/2026-11-04-listed-only/')!.content).toContain('#42');
  });
});
