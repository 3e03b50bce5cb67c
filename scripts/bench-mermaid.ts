// Diagrams per second through Labbook's Mermaid plugin: cold (empty cache: Chromium renders) and
// warm (everything cached: no browser). 50 diverse diagrams in 10 documents of 5, rendered ten
// documents at a time as Astro's loader does, then the same one document at a time.
// Usage: node scripts/bench-mermaid.ts [diagrams=50] [maxBatch, default the renderer's]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { closeMermaidBrowser, mermaidBrowserStats } from '../src/lib/mermaid/browser-pool.ts';
import { createDiagramRenderer } from '../src/lib/mermaid/diagram-renderer.ts';
import { mermaid } from '../src/markdown/mermaid.ts';

const TEMPLATES: ((n: number) => string)[] = [
  (n) => `flowchart LR\n  A${n}[Ingest ${n}] --> B{Valid?}\n  B -->|yes| C[(Lake)]\n  B -->|no| D[Quarantine]`,
  (n) => `sequenceDiagram\n  Trainer->>Store: PUT shard ${n}\n  Store-->>Trainer: 200\n  Note over Trainer,Store: step ${n}`,
  (n) => `classDiagram\n  Model${n} <|-- Head\n  Model${n} : +forward()\n  class Head{\n    +int dim\n  }`,
  (n) => `stateDiagram-v2\n  [*] --> Queued${n}\n  Queued${n} --> Running\n  Running --> [*]`,
  (n) => `erDiagram\n  RUN${n} ||--o{ METRIC : logs\n  RUN${n} }o--|| DATASET : uses`,
  (n) => `gantt\n  dateFormat YYYY-MM-DD\n  section Run ${n}\n  Train :a1, 2026-01-0${(n % 9) + 1}, 3d\n  Eval :after a1, 1d`,
  (n) => `pie title Split ${n}\n  "train" : ${80 + (n % 5)}\n  "eval" : 20`,
  (n) => `mindmap\n  root((Run ${n}))\n    Data\n    Model\n      Head`,
  (n) => `timeline\n  title Release ${n}\n  2025 : alpha\n  2026 : beta : GA`,
  (n) => `gitGraph\n  commit id: "c${n}"\n  branch exp\n  commit\n  checkout main\n  merge exp`,
  (n) => `journey\n  title Day ${n}\n  section Work\n    Debug: ${(n % 5) + 1}: Me`,
  (n) => `quadrantChart\n  x-axis Low --> High\n  y-axis Low --> High\n  P${n}: [0.${(n % 8) + 1}, 0.5]`,
  (n) => `xychart-beta\n  x-axis [a, b, c]\n  y-axis 0 --> 100\n  bar [${n % 90}, 50, 70]`,
  (n) => `block-beta\n  columns 2\n  a${n} b\n  c["wide ${n}"]:2`,
  (n) => `sankey-beta\n\nSrc${n},Mid,10\nMid,Out,7`,
];

const count = Number(process.argv[2] ?? 50);
const maxBatch = process.argv[3] ? Number(process.argv[3]) : undefined;
const diagrams = Array.from({ length: count }, (_, i) => (TEMPLATES[i % TEMPLATES.length] as (n: number) => string)(i));
const documents: string[] = [];
for (let i = 0; i < diagrams.length; i += 5) documents.push(diagrams.slice(i, i + 5).map((d) => `Text.\n\n\`\`\`mermaid\n${d}\n\`\`\`\n`).join('\n'));

const cacheDir = mkdtempSync(join(tmpdir(), 'labbook-bench-mermaid-'));

/** Render every document, `parallel` at a time, with a fresh renderer on `cacheDir`; seconds taken. */
async function run(parallel: number): Promise<number> {
  const renderer = createDiagramRenderer({ cacheDir, env: process.env, maxBatch });
  const plugin = mermaid({ renderer });
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < documents.length; i = next++) await markdownToHtml(documents[i] as string, { mdastPlugins: [plugin] });
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return (performance.now() - started) / 1000;
}

const line = (label: string, seconds: number) =>
  console.log(`${label.padEnd(44)} ${seconds.toFixed(2).padStart(6)} s  ${(diagrams.length / seconds).toFixed(1).padStart(7)} diagrams/s`);

const clearCache = () => {
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir);
};

try {
  console.log(`${diagrams.length} diagrams (x2 themes) in ${documents.length} documents`);
  line('cold, 10 documents at a time, launch incl.', await run(10));
  const launches = mermaidBrowserStats().launches;
  line('warm, 10 documents at a time', await run(10));
  line('warm, one document at a time', await run(1));
  console.log(`browser launches: ${launches} cold, ${mermaidBrowserStats().launches - launches} warm`);
  clearCache();
  line('cold, 10 documents at a time, browser open', await run(10));
  clearCache();
  line('cold, one document at a time, browser open', await run(1));
} finally {
  await closeMermaidBrowser();
  rmSync(cacheDir, { recursive: true, force: true });
}
