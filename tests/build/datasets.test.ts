import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild } from './run-build.ts';

const SECTIONS = ['Motivation', 'Composition', 'Collection process', 'Preprocessing', 'Uses', 'Distribution', 'Maintenance'].map((name) => `## ${name}\n\nWritten.\n`).join('\n');

const model = (datasets: string) => `---
title: Intent v1.0.0
model_name: intent
version: 1.0.0
datasets: ${datasets}
---
## Intended use

Routing.

## Limitations

Small.

## Ethical considerations

None known.
`;

const site = {
  'labbook.yaml': 'title: Datasets Build Test\n',
  // Named apart from its id, so the model card finds it by `dataset_id` only.
  'datasets/support.md': `---
title: Support tickets
dataset_id: acme/tickets
license: cc-by-4.0
dataset_info:
  splits:
    - { name: train, num_examples: "41,200" }
    - { name: test, num_examples: 4600 }
---
${SECTIONS}`,
  'datasets/clicks.md': '---\ntitle: Click logs\n---\n## Motivation\n\n<!-- Why was it made? -->\n',
  'models/intent-v1.0.0.md': model('[acme/tickets, clicks, imagenet]'),
};

describe('dataset cards in a build', () => {
  it('publishes cards with facts, splits and the models using them; model cards link to them; rebuilds what changed', () => {
    const work = makeWorkDir();
    const out = join(work, 'dist');
    const content = makeSite(site);
    const first = runBuild(content, out);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('datasets/clicks.md: dataset card has no filled "Motivation", "Composition"');
    expect(first.output).not.toContain('datasets/support.md: dataset card');

    const support = readFileSync(join(out, 'datasets/support/index.html'), 'utf8');
    expect(support).toContain('data-pagefind-filter="kind">Dataset<');
    expect(support).toMatch(/<code>train<\/code><\/th><td class="num"[^>]*>41,200</);
    expect(support).toContain('>45,800<');
    expect(support).toContain('href="/models/intent-v1-0-0/"');
    // Not stated stays not stated.
    expect(support).toMatch(/Languages<\/dt><dd[^>]*><span class="not-stated"[^>]*>Not stated/);

    const card = readFileSync(join(out, 'models/intent-v1-0-0/index.html'), 'utf8');
    expect(card).toContain('<a href="/datasets/support/"><code>acme/tickets</code></a>');
    expect(card).toContain('<a href="/datasets/clicks/"><code>clicks</code></a>');
    expect(card).toMatch(/, <code>imagenet<\/code>/);

    const index = readFileSync(join(out, 'datasets/index.html'), 'utf8');
    expect(index).toContain('href="/datasets/clicks/"');
    expect(index).toContain('Missing: Motivation, Composition');
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toMatch(/href="\/datasets\/"[^>]*>.*Datasets/);

    // The dataset card's id changes: the model card, whose own file did not change, must be rendered again.
    writeFileSync(join(content, 'datasets/support.md'), readFileSync(join(content, 'datasets/support.md'), 'utf8').replace('acme/tickets', 'acme/tickets-v2'));
    const second = runBuild(content, out);
    expect(second.status, second.output).toBe(0);
    const again = readFileSync(join(out, 'models/intent-v1-0-0/index.html'), 'utf8');
    expect(again).not.toContain('href="/datasets/support/"');
    expect(readFileSync(join(out, 'datasets/support/index.html'), 'utf8')).not.toContain('href="/models/intent-v1-0-0/"');
  });
});
