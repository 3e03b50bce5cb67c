// Deterministic synthetic wiki for benchmarks: TILs (single notes and daily logs) and nested docs
// with realistic Markdown: headings, prose, code in five languages, tables, lists, internal links,
// issue references and Mermaid in about 5% of pages. Same N and seed -> byte-identical folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Small, fast, seeded PRNG (mulberry32): benchmarks must not change between runs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'model training batch gradient loss optimizer scheduler checkpoint tokenizer dataset shard epoch ' +
  'inference latency throughput GPU memory kernel cache quantization precision evaluation metric ' +
  'pipeline feature store registry rollout canary replica queue worker retry timeout allocation ' +
  'tensor activation attention sequence padding vocabulary embedding cluster node pod container ' +
  'we found that the when after before because so and but with without under over into from this'
).split(' ');
const TAGS = ['pytorch', 'cuda', 'vllm', 'triton', 'ray', 'kubernetes', 'parquet', 'pandas', 'onnx', 'evaluation', 'tokenizers', 'mixed-precision', 'distributed', 'latency', 'memory', 'ci/cd', 'c++'];
const CATEGORIES = ['Training', 'Serving', 'Data', 'Infra', 'Evaluation', '🐛 Debugging'];
const CODE: Record<string, string[]> = {
  python: ['import torch', 'scaler = torch.cuda.amp.GradScaler()', 'for step, batch in enumerate(loader):', '    loss = model(**batch).loss', '    scaler.scale(loss).backward()', 'print(f"step {step}: {loss.item():.4f}")'],
  bash: ['set -euo pipefail', 'kubectl -n ml get pods -l app=trainer', 'nvidia-smi --query-gpu=memory.used --format=csv', 'python -m train --config configs/base.yaml'],
  yaml: ['model:', '  name: ranker-v3', '  max_len: 512', 'trainer:', '  precision: bf16', '  grad_accum: 4'],
  json: ['{', '  "batch_size": 64,', '  "lr": 0.0003,', '  "warmup_steps": 500', '}'],
  ts: ['export async function score(ids: number[]): Promise<number[]> {', '  const res = await fetch("/v1/score", { method: "POST", body: JSON.stringify({ ids }) });', '  return (await res.json()).scores;', '}'],
};
const MERMAID = ['flowchart LR', '  ingest[Ingest] --> curate[Curate]', '  curate --> train[Train]', '  train --> eval{Eval gate}', '  eval -->|pass| registry[Registry]', '  eval -->|fail| train'];

interface Ctx {
  rand: () => number;
  slugs: string[];
  /** Make every code block unique (a numbered comment line), as in a real wiki. */
  uniqueCode: boolean;
  blocks: number;
}

const COMMENT: Record<string, string> = { python: '#', bash: '#', yaml: '#', json: '', ts: '//' };

const pick = <T>(ctx: Ctx, items: readonly T[]): T => items[Math.floor(ctx.rand() * items.length)] as T;
const int = (ctx: Ctx, min: number, max: number) => min + Math.floor(ctx.rand() * (max - min + 1));

function sentence(ctx: Ctx): string {
  const words = Array.from({ length: int(ctx, 8, 18) }, () => pick(ctx, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(ctx: Ctx): string {
  const parts = Array.from({ length: int(ctx, 3, 6) }, () => sentence(ctx));
  if (ctx.rand() < 0.3) parts.push(`See #${int(ctx, 1, 400)} for the details.`);
  if (ctx.rand() < 0.2 && ctx.slugs.length) parts.push(`We wrote about it [before](/til/${pick(ctx, ctx.slugs)}/).`);
  return parts.join(' ');
}

function body(ctx: Ctx, withMermaid: boolean): string {
  const blocks: string[] = [paragraph(ctx)];
  for (let section = 0; section < int(ctx, 2, 4); section++) {
    blocks.push(`## ${sentence(ctx).replace(/\.$/, '')}`, paragraph(ctx));
    if (section < int(ctx, 1, 3)) {
      const lang = pick(ctx, Object.keys(CODE));
      const lines = [...(CODE[lang] ?? [])];
      // JSON has no comments: a unique key instead.
      if (ctx.uniqueCode) lines.splice(1, 0, lang === 'json' ? `  "block": ${ctx.blocks},` : `${COMMENT[lang]} block ${ctx.blocks}`);
      ctx.blocks++;
      blocks.push(`\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``);
    }
    if (ctx.rand() < 0.3) blocks.push('| setting | before | after |\n| --- | --- | --- |\n| batch | 32 | 64 |\n| p99 ms | 180 | 95 |');
    if (ctx.rand() < 0.4) blocks.push(Array.from({ length: 3 }, () => `- ${sentence(ctx)}`).join('\n'));
  }
  if (withMermaid) blocks.push(`\`\`\`mermaid\n${MERMAID.join('\n')}\n  %% page ${int(ctx, 0, 1e6)}\n\`\`\``);
  return `${blocks.join('\n\n')}\n`;
}

function day(index: number, total: number): string {
  // Spread notes over about three years ending 2026-11-20.
  const end = Date.UTC(2026, 10, 20);
  const span = Math.max(total, 1) * 86_400_000 * 1.1;
  return new Date(end - Math.floor((index / Math.max(total, 1)) * span)).toISOString().slice(0, 10);
}

/**
 * Write a synthetic wiki of about `pages` pages into `dir`; returns what it wrote. By default the
 * code blocks are copies of five snippets (as when the bench was first written); `uniqueCode`
 * makes each one different, so a cold build highlights every block.
 */
export function generateWiki(dir: string, pages: number, seed = 42, uniqueCode = false): { pages: number; diagrams: number; tils: string[]; codeBlocks: number } {
  const ctx: Ctx = { rand: rng(seed), slugs: [], uniqueCode, blocks: 0 };
  const files: [string, string][] = [['labbook.yaml', 'title: Benchmark Wiki\ndescription: Synthetic pages.\nrepo: bench/wiki\n']];
  let diagrams = 0;
  let written = 0;
  const tilFiles: string[] = [];
  const docCount = Math.max(1, Math.round(pages * 0.15));
  while (written < pages - docCount) {
    const date = day(written, pages);
    const mermaid = ctx.rand() < 0.05;
    diagrams += mermaid ? 1 : 0;
    if (ctx.rand() < 0.1 && pages - docCount - written >= 3) {
      // A daily log with three entries.
      const entries = Array.from({ length: 3 }, (_, i) => {
        const title = `${sentence(ctx).replace(/\.$/, '').split(' ').slice(0, 6).join(' ')} ${written + i}`;
        return `### [${pick(ctx, CATEGORIES)}] ${title}\n\n${paragraph(ctx)}\n\nKeywords: ${pick(ctx, WORDS)}, ${pick(ctx, WORDS)}\n\n**Key Takeaway:**\n> ${sentence(ctx)}\n`;
      });
      const path = `til/${date}.md`;
      if (files.some(([p]) => p === path)) continue;
      files.push([path, `---\ntags: [${pick(ctx, TAGS)}]\n---\n## ${date}\n\n${entries.join('\n')}`]);
      tilFiles.push(path);
      written += 3;
      continue;
    }
    const slug = `${date}-note-${written}`;
    const tags = [...new Set([pick(ctx, TAGS), pick(ctx, TAGS)])].map((t) => JSON.stringify(t)).join(', ');
    const fm = [`title: "${sentence(ctx).replace(/\.$/, '').split(' ').slice(0, 8).join(' ')} (${written})"`, `date: ${date}`, `category: "${pick(ctx, CATEGORIES)}"`, `tags: [${tags}]`, `keywords: [${pick(ctx, WORDS)}]`, `takeaway: "${sentence(ctx)}"`];
    files.push([`til/${slug}.md`, `---\n${fm.join('\n')}\n---\n${body(ctx, mermaid)}`]);
    tilFiles.push(`til/${slug}.md`);
    ctx.slugs.push(slug);
    written++;
  }
  for (let i = 0; i < docCount; i++) {
    const mermaid = ctx.rand() < 0.05;
    diagrams += mermaid ? 1 : 0;
    const path = i === 0 ? 'docs/index.md' : `docs/section-${i % 8}/page-${i}.md`;
    files.push([path, `---\ntitle: "Doc page ${i}"\norder: ${i}\n---\n${body(ctx, mermaid)}`]);
    written++;
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { pages: written, diagrams, tils: tilFiles, codeBlocks: ctx.blocks };
}
