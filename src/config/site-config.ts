import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LabbookError, problems, type Problem } from '../lib/errors.ts';
import { FrontmatterSyntaxError, normalizeSource, parseYamlMapping } from '../lib/frontmatter.ts';
import { schemaProblems } from '../lib/schema-problems.ts';
import { withPagesDefaults } from './github-pages.ts';
import { detectLayout, LAYOUT_NAMES, LAYOUTS, type KindFolders, type LayoutName } from '../lib/content/layouts.ts';

/** `labbook.yaml`: the wiki's identity and policies. Unknown keys are errors, to catch typos. */
export const siteConfigSchema = z.strictObject({
  /** Site name, shown in the header and the tab. Required. */
  title: z.string({ error: 'expected the site name as text' }).trim().min(1, { error: 'expected the site name' }),
  /** One sentence for the home page and link previews. */
  description: z.string({ error: 'expected one sentence of text' }).trim().optional(),
  /** GitHub repository `owner/name`: edit links and issue links point there. */
  repo: z
    .string({ error: 'expected owner/name, e.g. ferrite-ml/platform' })
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/, {
      error: 'expected a GitHub repository written owner/name, e.g. ferrite-ml/platform',
    })
    .optional(),
  /** Branch that "edit this page" links open. Default `main`. */
  branch: z.string({ error: 'expected a branch name such as main' }).trim().min(1).default('main'),
  /** Public origin of the site, e.g. `https://ferrite-ml.github.io`. */
  url: z
    .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL, e.g. https://team.github.io' })
    .optional(),
  /** Path the site is served under, e.g. `/wiki/` for a GitHub Pages project site. Default `/`. */
  base: z
    .string({ error: 'expected a path such as /wiki/' })
    .regex(/^\/[^\s?#]*$/, { error: 'expected a path starting with /, e.g. /wiki/' })
    .default('/'),
  /** How many of the newest TILs each feed (RSS, Atom, JSON Feed; site-wide and per tag) lists. Default 50. */
  feedLimit: z
    .number({ error: 'expected a whole number of TILs per feed, e.g. 50' })
    .int({ error: 'expected a whole number of TILs per feed, e.g. 50' })
    .positive({ error: 'expected a positive number of TILs per feed, e.g. 50' })
    .default(50),
  /**
   * Where the wiki keeps each kind: `labbook` (til/, docs/, weekly/, models/, playbooks/, api/) or
   * `diary` (TILs/ with TILs/WEEKLY/, docs/, ...), `til-repo` (topic folders of notes at the top,
   * like jbranchaud/til) or `docs-root` (the whole folder tree is docs). Default: `diary` when the
   * folder has TILs/ and no til/, `labbook` when it has a kind folder, else from its shape.
   */
  layout: z.enum(LAYOUT_NAMES as [LayoutName, ...LayoutName[]], { error: `expected one of: ${LAYOUT_NAMES.join(', ')}` }).optional(),
  /** What a broken internal link does: fail the build (`error`, default) or only warn (`warn`). */
  brokenLinks: z.enum(['error', 'warn'], { error: 'expected error or warn' }).default('error'),
  /** What a Mermaid diagram that does not parse does: fail the build naming file and line (`error`, default), or warn and show an error box in the page (`warn`). */
  mermaid: z.enum(['error', 'warn'], { error: 'expected error or warn' }).default('error'),
  /**
   * Seconds one Mermaid diagram may spend drawing before it counts as hung and is reported like a
   * diagram that does not parse. Only drawing counts, not starting Chromium or waiting for a turn,
   * so a busy machine needs no more. Default 60.
   */
  mermaidTimeout: z
    .number({ error: 'expected a number of seconds, e.g. 60' })
    .positive({ error: 'expected a positive number of seconds, e.g. 60' })
    .max(3600, { error: 'expected at most 3600 seconds (one hour)' })
    .default(60),
  /** What a formula KaTeX rejects does: fail the build naming file, line and KaTeX's message (`error`, default), or warn and show the message in the page (`warn`). */
  math: z.enum(['error', 'warn'], { error: 'expected error or warn' }).default('error'),
  /** Days after its `reviewed` date that a playbook is flagged on /playbooks/ as due for review. Default 180 (applied by reviewDaysOf in src/lib/playbooks/review.ts). */
  playbookReviewDays: z
    .number({ error: 'expected a whole number of days, e.g. 180' })
    .int({ error: 'expected a whole number of days, e.g. 180' })
    .positive({ error: 'expected a positive number of days, e.g. 180' })
    .optional(),
  /** Largest notebook (.ipynb) Labbook publishes, in MB; a larger one fails the build naming it. Default 20. */
  notebookMaxSize: z
    .number({ error: 'expected a size in MB, e.g. 20' })
    .positive({ error: 'expected a positive size in MB, e.g. 20' })
    .max(1024, { error: 'expected at most 1024 MB' })
    .default(20),
  /**
   * Experiment leaderboards: `metrics` are the columns, in order (default: the metrics most runs of
   * a group share); `lowerIsBetter` / `higherIsBetter` name metrics whose direction their names do
   * not tell (loss-like names are lower-is-better already).
   */
  experiments: z
    .strictObject({
      metrics: z.array(z.string({ error: 'expected a metric name' }).trim().min(1), { error: 'expected a list of metric names, e.g. [eval.loss, eval.accuracy]' }).optional(),
      lowerIsBetter: z.array(z.string({ error: 'expected a metric name' }).trim().min(1), { error: 'expected a list of metric names, e.g. [latency_ms]' }).optional(),
      higherIsBetter: z.array(z.string({ error: 'expected a metric name' }).trim().min(1), { error: 'expected a list of metric names, e.g. [reward]' }).optional(),
    }, { error: 'expected settings such as `metrics: [eval.loss, eval.accuracy]`' })
    .optional(),
  /** Synonyms folded into one tag: `{ pytorch: [torch, PyTorch] }`. Default none. */
  tagAliases: z
    .record(z.string().trim().min(1), z.array(z.string({ error: 'expected a tag' }).trim().min(1), { error: 'expected a list of tags, e.g. [torch, PyTorch]' }), {
      error: 'expected tags mapped to lists of their synonyms, e.g. { pytorch: [torch, PyTorch] }',
    })
    .default({})
    .superRefine((aliases, ctx) => {
      const owner = new Map<string, string>();
      for (const [canonical, names] of Object.entries(aliases)) {
        for (const name of names) {
          const key = name.toLocaleLowerCase('und');
          const other = owner.get(key);
          if (other && other !== canonical) {
            ctx.addIssue({ code: 'custom', path: [canonical], message: `"${name}" is already an alias of "${other}"; a tag can fold into one tag only` });
          }
          owner.set(key, canonical);
        }
      }
    }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Parse and validate the text of a labbook.yaml; returns the config or the problems found. */
export function parseSiteConfig(source: string): { config?: SiteConfig; problems: Problem[]; written?: Set<string> } {
  const file = 'labbook.yaml';
  let parsed;
  try {
    parsed = parseYamlMapping(normalizeSource(source));
  } catch (error) {
    if (!(error instanceof FrontmatterSyntaxError)) throw error;
    return { problems: [problems.yaml('config-yaml', file, error.line, error.message, error.advice)] };
  }
  const result = siteConfigSchema.safeParse(parsed.data);
  if (result.success) return { config: result.data, problems: [], written: new Set(Object.keys(parsed.data)) };
  return {
    problems: schemaProblems(result.error, { code: 'config-field', file, data: parsed.data, keyLines: parsed.keyLines, schema: siteConfigSchema }),
  };
}

/**
 * Read `<contentDir>/labbook.yaml`, throwing a {@link LabbookError} that lists every problem. In
 * GitHub Actions, `url`, `base` and `repo` it leaves out come from `GITHUB_REPOSITORY`.
 */
export function loadSiteConfig(contentDir: string, env: Record<string, string | undefined> = process.env): SiteConfig {
  if (!existsSync(contentDir)) throw new LabbookError([problems.contentDirMissing(contentDir)]);
  const path = join(contentDir, 'labbook.yaml');
  if (!existsSync(path)) throw new LabbookError([problems.configMissing()], `Labbook cannot read the settings of ${contentDir}`);
  const { config, problems: found, written } = parseSiteConfig(readFileSync(path, 'utf8'));
  if (!config) throw new LabbookError(found, `Labbook cannot read the settings of ${contentDir}`);
  const layout = config.layout ?? detectLayout(contentDir);
  return withPagesDefaults({ ...config, layout }, env, written?.has('base') ?? false);
}

/** The folder of each kind in this wiki's layout. */
export function kindFolders(site: Pick<SiteConfig, 'layout'>): KindFolders {
  return LAYOUTS[site.layout ?? 'labbook'];
}
