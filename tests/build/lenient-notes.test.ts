import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild } from './run-build.ts';

/**
 * "Lenient with people's notes": the engineering-diary template, a runbook that states no
 * severity, owners or escalation, and a model card written from Hugging Face's template all build,
 * and what they do not state is shown as not stated, never invented.
 */

const DIARY = `## 2023-11-01

### 🐛 Debugging CUDA Memory Leaks in PyTorch

**Symptoms:**
- GPU memory grows every epoch until the job dies with OOM

**Diagnosis Tools:**
- \`torch.cuda.memory_summary()\`

**Root Cause:**
Loss tensors kept in a Python list for logging, each holding its graph.

**Key Takeaway:**
> Call .item() on anything you keep for logging.

### 🛠️ [MLOps] Docker Build Cache Invalidation

**Symptoms:**
- Every build reinstalls all requirements

**Root Cause:**
\`COPY . .\` came before \`pip install\`.

**Key Takeaway:**
> Copy requirements.txt and install before copying the source.
`;

const RUNBOOK = `---
title: Feature store lag
service: feature-store
reviewed: 2026-11-01
hide: [toc]
weight: 3
slug: other-path
---
## Symptoms

Features arrive late.
`;

const HF_CARD = readFileSync(new URL('../fixtures/model-cards/hf-template.md', import.meta.url), 'utf8');

const site = {
  'labbook.yaml': 'title: Lenient Build Test\n',
  'til/2023-11-01.md': DIARY,
  'playbooks/feature-store-lag.md': RUNBOOK,
  'models/ticket-language-detector.md': HF_CARD,
  'docs/index.md': '---\ntitle: Home\naliases: [start]\ncssclasses: [wide]\ntags: onboarding, docs\nlayout: page\n---\nWelcome.\n',
};

describe('notes written from other templates in a build', () => {
  const out = join(makeWorkDir(), 'dist');
  let build: ReturnType<typeof runBuild>;
  beforeAll(() => {
    build = runBuild(makeSite(site), out);
  });
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('reads the diary entries: icon beside the title, category only where stated, the quoted takeaway', () => {
    const debugging = page('til/2023-11-01-debugging-cuda-memory-leaks-in-pytorch');
    expect(debugging).toMatch(/<h1[^>]*><span class="til-icon"[^>]*>🐛 <\/span><span data-pagefind-meta="title">Debugging CUDA Memory Leaks in PyTorch<\/span><\/h1>/);
    expect(debugging).toContain('Category not stated');
    expect(debugging).toContain('Call .item() on anything you keep for logging.');
    expect(debugging).not.toContain('data-pagefind-filter="category"');
    const docker = page('til/2023-11-01-docker-build-cache-invalidation');
    expect(docker).toMatch(/<h1[^>]*><span class="til-icon"[^>]*>🛠️ <\/span><span data-pagefind-meta="title">Docker Build Cache Invalidation<\/span><\/h1>/);
    expect(docker).toContain('href="/categories/mlops/"');
    expect(docker).toMatch(/data-pagefind-filter="category"[^>]*>MLOps</);
  });

  it('has one category, MLOps: no page or filter for the entry without one', () => {
    expect(readdirSync(join(out, 'categories'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)).toEqual(['mlops']);
    const week = page('til/weekly/2023-W44');
    expect(week).toContain('1 category');
    expect(week).toContain('Category not stated');
    expect(week).not.toContain('undefined');
  });

  it('keeps URLs from file names: another tool\'s slug: is kept, not used', () => {
    expect(existsSync(join(out, 'playbooks/feature-store-lag/index.html'))).toBe(true);
    expect(existsSync(join(out, 'playbooks/other-path'))).toBe(false);
  });

  it('shows what the runbook does not state as "Not stated", never an invented severity or an empty owners list', () => {
    const runbook = page('playbooks/feature-store-lag');
    const quickRef = runbook.slice(runbook.indexOf('id="quick-reference"'), runbook.indexOf('</section>', runbook.indexOf('id="quick-reference"')));
    expect(quickRef.match(/class="not-stated[^"]*"[^>]*>Not stated</g)).toHaveLength(3); // severity, escalation, owners
    const main = runbook.slice(runbook.indexOf('<main'), runbook.indexOf('</main>'));
    expect(main).not.toMatch(/SEV[1-4]/); // the page's CSS names every level; its content must not
    expect(main).not.toContain('undefined');
    expect(page('playbooks')).toContain('Severity not stated');
  });

  it('counts the Hugging Face card as complete and names it after its title', () => {
    expect(build.output).not.toContain('models/ticket-language-detector.md: model card has no');
    const list = page('models');
    expect(list).toContain('ticket-language-detector');
    expect(list).toContain('Complete');
    expect(list).not.toContain('Incomplete');
    const card = page('models/ticket-language-detector');
    expect(card.match(/>Not stated</g)).toHaveLength(3); // version, status, owners
    expect(card).not.toContain('undefined');
  });
});
