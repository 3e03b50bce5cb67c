import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliContext } from '../../../src/cli/index.ts';

const created: string[] = [];

/** A new temp folder, removed by {@link removeTempDirs}. */
export function tempDir(prefix = 'labbook-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Remove the temp folders made so far (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Wednesday 2026-11-18, noon local time: in 2026-W47 (16 to 22 November) in every time zone. */
export const NOW = new Date(2026, 10, 18, 12, 0, 0);

/** A TIL file for the fixture wiki. */
export function til(frontmatter: string, body = 'Body.\n'): string {
  return `---\n${frontmatter}\n---\n\n${body}`;
}

/**
 * A temp folder holding `content/` with a labbook.yaml and TILs over two ISO weeks: 2026-W47
 * (Training x2, Serving, one without category, one draft) and 2026-W48 (Infra).
 */
export function makeWiki(): { root: string; contentDir: string } {
  const root = tempDir();
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'til'), { recursive: true });
  writeFileSync(join(contentDir, 'labbook.yaml'), 'title: Test wiki\nrepo: ferrite-ml/platform\n');
  const files: Record<string, string> = {
    '2026-11-16-vllm-kv-cache-sizing.md': til(
      'title: vLLM KV cache sizing\ndate: 2026-11-16\ncategory: Serving\ntags: [vllm, cuda]\ntakeaway: Size gpu_memory_utilization from bytes per token.',
    ),
    '2026-11-17-gradscaler-nan-after-resume.md': til(
      'title: "GradScaler: NaN after resume"\ndate: 2026-11-17\ncategory: Training\ntags: [pytorch, mixed-precision]\ntakeaway: Save the scaler state with the checkpoint.',
    ),
    '2026-11-18-activation-checkpointing.md': til(
      'title: Activation checkpointing trades compute for memory\ndate: 2026-11-18\ncategory: Training\ntags: [pytorch]\ntakeaway: Checkpoint every second block; it costs about 30% more compute.',
    ),
    '2026-11-20-draft-note.md': til(
      'title: Half-written draft\ndate: 2026-11-20\ncategory: Training\ntags: [pytorch, torch-compile]\ndraft: true',
    ),
    '2026-11-22-pandas-categorical-memory.md': til('title: Pandas categoricals save memory\ndate: 2026-11-22\ntags: [pandas]'),
    '2026-11-23-ray-spilling.md': til(
      'title: Ray *object* spilling filled the root disk\ndate: 2026-11-23\ncategory: Infra\ntags: [ray, kubernetes]\ntakeaway: Point object_spilling_config at local NVMe.',
    ),
  };
  for (const [name, source] of Object.entries(files)) writeFileSync(join(contentDir, 'til', name), source);
  return { root, contentDir };
}

/** An empty temp folder, e.g. a cwd without any wiki. */
export function emptyDir(): string {
  return tempDir('labbook-cli-empty-');
}

/** Every file under a folder, relative, sorted: to prove a command wrote nothing (or one file). */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** Run the CLI with a fixed clock and captured output. */
export async function runCli(
  argv: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; now?: Date; runAstro?: CliContext['runAstro']; ask?: CliContext['ask']; gitConfig?: CliContext['gitConfig'] },
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    cwd: options.cwd,
    env: options.env ?? {},
    now: options.now ?? NOW,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...(options.runAstro ? { runAstro: options.runAstro } : {}),
    ...(options.ask ? { ask: options.ask } : {}),
    ...(options.gitConfig ? { gitConfig: options.gitConfig } : {}),
  };
  const code = await run(argv, ctx);
  return { code, stdout, stderr };
}
