import type { z } from 'zod';
import { apiSpecSchema } from '../../schemas/api-spec.ts';
import { datasetCardSchema } from '../../schemas/dataset-card.ts';
import { experimentRunSchema } from '../../schemas/experiment-run.ts';
import { docSchema } from '../../schemas/doc.ts';
import { modelCardSchema } from '../../schemas/model-card.ts';
import { notebookSchema } from '../../schemas/notebook.ts';
import { playbookSchema } from '../../schemas/playbook.ts';
import { tilSchema } from '../../schemas/til.ts';
import { weeklySchema } from '../../schemas/weekly.ts';
import { problems, type Problem } from '../errors.ts';
import { datasetUrls } from '../datasets/routes.ts';
import { parseIsoWeek } from '../iso-week.ts';
import { folderPageSlug, modelUrls } from '../models/routes.ts';
import { notebookSlug, notebookUrl } from '../notebooks/routes.ts';
import { playbookUrls } from '../playbooks/routes.ts';
import { docSlug, parseTilFileName, urls } from '../routes.ts';
import { topicNote } from '../til/topic-notes.ts';

/**
 * The registry of content kinds: one entry per kind, and everything that iterates over kinds (the
 * content reader, the validator, collections, navigation, search) iterates over this list. Adding a
 * kind is one entry here, its schema in src/schemas/, its loader in src/content.config.ts (the
 * compiler asks for it), its pages in src/pages/ and its CLI template.
 */

/** What a file's path gives: the URL its page is published at, or why it cannot have one. */
export type PageUrl = { url: string; problem?: undefined } | { url?: undefined; problem: Problem };

export interface Kind {
  /** The collection's name, also its folder in the `labbook` layout. */
  name: 'til' | 'docs' | 'weekly' | 'models' | 'playbooks' | 'api' | 'datasets' | 'notebooks' | 'experiments';
  /** How its files are read: Markdown/MDX pages, OpenAPI/Swagger specs (src/lib/openapi/), Jupyter notebooks (src/lib/notebooks/) or run folders (src/lib/experiments/). */
  files: 'markdown' | 'openapi' | 'notebook' | 'experiments';
  /** The front matter (or spec) schema. */
  schema: z.ZodType;
  /** The URL of a page from its path relative to the content folder (`models/intent-v1.3.0.md`). */
  urlOf?: (path: string) => PageUrl;
  /** The kind as search's filter and result badge show it, and its site-relative page URLs. */
  search?: { label: string; route: RegExp; nouns: readonly [one: string, many: string] };
  /** The header link, shown only when the wiki has this kind unless `always`. */
  nav?: { url: string; label: string; always?: boolean };
}

/** The path inside the kind's folder: `models/a/b.md` -> `a/b.md`. */
const inside = (path: string, folder: string) => path.slice(folder.length + 1);

/** Model cards and playbooks: any folder depth, dots in names become dashes (v1.3.0 -> v1-3-0). */
function folderPageUrl(folder: string, url: (slug: string) => string, example: string) {
  return (path: string): PageUrl => {
    const slug = folderPageSlug(inside(path, folder));
    return slug ? { url: url(slug) } : { problem: problems.fileName(path, `use letters or digits in the name, e.g. ${example}`) };
  };
}

export const KINDS = [
  {
    name: 'til',
    files: 'markdown',
    schema: tilSchema,
    urlOf: (path) => {
      const name = inside(path, 'til');
      // A note in a topic folder (a TIL repository's `vim/buffers.md`) is named by its folders and name.
      const note = name.includes('/') ? topicNote(path) : undefined;
      if (note) return { url: urls.til(note.slug) };
      const parsed = name.includes('/') ? undefined : parseTilFileName(name);
      if (!parsed) return { problem: problems.fileName(path, 'a TIL directly in til/ is named YYYY-MM-DD-slug.md, e.g. til/2026-11-02-gradscaler-nan.md; one in a topic folder may have any name with letters or digits, e.g. til/vim/buffers.md') };
      return { url: urls.til(parsed.slug) };
    },
    search: { label: 'TIL', route: /^\/til\/(?!weekly\/)[^/]+\/$/, nouns: ['TIL', 'TILs'] },
    nav: { url: '/til/', label: 'TILs', always: true },
  },
  {
    name: 'docs',
    files: 'markdown',
    schema: docSchema,
    urlOf: (path) => ({ url: urls.doc(docSlug(inside(path, 'docs'))) }),
    search: { label: 'Doc', route: /^\/docs\/(?:.+\/)?$/, nouns: ['docs page', 'docs pages'] },
    nav: { url: '/docs/', label: 'Docs', always: true },
  },
  {
    name: 'weekly',
    files: 'markdown',
    schema: weeklySchema,
    urlOf: (path) => {
      const name = inside(path, 'weekly').replace(/\.mdx?$/i, '');
      if (name.includes('/') || !parseIsoWeek(name)) {
        return { problem: problems.fileName(path, 'a weekly summary lives directly in weekly/ and is named after an ISO week that exists, e.g. weekly/2026-W47.md') };
      }
      return { url: urls.week(name) };
    },
    // Every week with TILs has a page; a hand-written summary only adds to it.
    search: { label: 'Weekly', route: /^\/til\/weekly\/[^/]+\/$/, nouns: ['weekly page', 'weekly pages'] },
  },
  {
    name: 'models',
    files: 'markdown',
    schema: modelCardSchema,
    urlOf: folderPageUrl('models', modelUrls.card, 'models/support-intent-classifier-v1.3.0.md'),
    // The list at /models/ is navigation; each card below it is content.
    search: { label: 'Model card', route: /^\/models\/.+\/$/, nouns: ['model card', 'model cards'] },
    nav: { url: '/models/', label: 'Models' },
  },
  {
    name: 'datasets',
    files: 'markdown',
    schema: datasetCardSchema,
    urlOf: folderPageUrl('datasets', datasetUrls.card, 'datasets/support-tickets.md'),
    // The list at /datasets/ is navigation; each card below it is content.
    search: { label: 'Dataset', route: /^\/datasets\/.+\/$/, nouns: ['dataset card', 'dataset cards'] },
    nav: { url: '/datasets/', label: 'Datasets' },
  },
  {
    name: 'playbooks',
    files: 'markdown',
    schema: playbookSchema,
    urlOf: folderPageUrl('playbooks', playbookUrls.page, 'playbooks/intent-api-high-latency.md'),
    search: { label: 'Playbook', route: /^\/playbooks\/.+\/$/, nouns: ['playbook', 'playbooks'] },
    nav: { url: '/playbooks/', label: 'Playbooks' },
  },
  {
    name: 'api',
    files: 'openapi',
    schema: apiSpecSchema,
    // /api/ lists the specs (navigation); each spec's page below it is content.
    search: { label: 'API', route: /^\/api\/.+\/$/, nouns: ['API spec', 'API specs'] },
    nav: { url: '/api/', label: 'API' },
  },
  {
    name: 'notebooks',
    files: 'notebook',
    schema: notebookSchema,
    urlOf: (path) => {
      const slug = notebookSlug(inside(path, 'notebooks'));
      return slug ? { url: notebookUrl(slug) } : { problem: problems.fileName(path, 'use letters or digits in the name, e.g. notebooks/eval-error-analysis.ipynb') };
    },
    // /notebooks/ lists the notebooks (navigation); each notebook's page below it is content.
    search: { label: 'Notebook', route: /^\/notebooks\/.+\/$/, nouns: ['notebook', 'notebooks'] },
    nav: { url: '/notebooks/', label: 'Notebooks' },
  },
  {
    name: 'experiments',
    files: 'experiments',
    schema: experimentRunSchema,
    // /experiments/ holds the leaderboards (navigation); each run's page below it is content.
    search: { label: 'Experiment', route: /^\/experiments\/.+\/$/, nouns: ['experiment run', 'experiment runs'] },
    nav: { url: '/experiments/', label: 'Experiments' },
  },
] as const satisfies readonly Kind[];

export type KindName = (typeof KINDS)[number]['name'];

/** Kinds whose files are Markdown/MDX pages, in registry order. */
export const MARKDOWN_KINDS = KINDS.filter((kind) => kind.files === 'markdown');

/** The kind a content path belongs to in the `labbook` layout (its first folder), if any. */
export function kindOfPath(path: string): Kind | undefined {
  const folder = path.split('/')[0];
  return KINDS.find((kind) => kind.name === folder);
}

/** The registry entry of one kind, with its exact schema type (for collections). */
export function kind<N extends KindName>(name: N): Extract<(typeof KINDS)[number], { name: N }> {
  return KINDS.find((entry) => entry.name === name) as Extract<(typeof KINDS)[number], { name: N }>;
}
