import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MarkdownHeading } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readNotebooks } from '../lib/content/files.ts';
import { logicalPath, type KindFolders } from '../lib/content/layouts.ts';
import { LabbookError, problems, type Problem } from '../lib/errors.ts';
import { cellOfLine, explicitRelativeImages, jupyterAnchors, notebookSource, renderSegments } from '../lib/notebooks/document.ts';
import { parseNotebook } from '../lib/notebooks/parse.ts';
import { MB, notebookProblem } from '../lib/notebooks/problems.ts';
import { notebookSlug, notebookUrl } from '../lib/notebooks/routes.ts';
import type { NotebookData } from '../schemas/notebook.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Bump when the page a notebook gives changes for the same file, so stored pages are made again. */
const RENDER_VERSION = 3;

/**
 * Load every notebook (`notebooks/**\/*.ipynb` in the wiki's layout) as one entry: its data
 * (title, tags, language, output images) and its page's HTML, the Markdown cells and code cells
 * through the wiki's Markdown pipeline (`renderMarkdown`: the same plugins and sanitizing as .md
 * notes) and the outputs made safe by src/lib/notebooks/outputs.ts. Nothing in a notebook runs.
 * An entry whose file (and this loader's version) did not change keeps its stored page: its
 * digest is the file's. All problems of all notebooks fail the build together.
 */
export function notebookLoader(contentDir: string, folders: KindFolders, maxSizeMb: number): Loader {
  const maxBytes = maxSizeMb * MB;
  const load = async (context: LoaderContext) => {
    const root = fileURLToPath(context.config.root);
    const read = readNotebooks(contentDir, folders, maxBytes);
    const found: Problem[] = [...read.problems];
    const bySlug = new Map<string, string>();
    for (const file of read.files) {
      const logical = logicalPath(file.path, folders);
      const slug = notebookSlug(logical.slice('notebooks/'.length));
      if (!slug) {
        found.push(problems.fileName(file.path, 'use letters or digits in the name, e.g. notebooks/eval-error-analysis.ipynb'));
        continue;
      }
      const twin = bySlug.get(slug);
      if (twin) {
        found.push(problems.duplicateUrl(notebookUrl(slug), [twin, file.path]));
        continue;
      }
      bySlug.set(slug, file.path);
      const parsed = parseNotebook(file.source ?? '', file.bytes, maxBytes);
      if ('problem' in parsed) {
        found.push(notebookProblem(file.path, parsed.problem));
        continue;
      }
      const digest = context.generateDigest(`${RENDER_VERSION}\n${file.path}\n${file.source}`);
      if (context.store.get(slug)?.digest === digest) continue; // unchanged since the last build
      const page = notebookSource(parsed.notebook, basename(file.path));
      for (const warning of page.warnings) {
        const problem = problems.notebookOutput(file.path, warning.cell, warning.removed);
        context.logger.warn(`${problem.file}: ${problem.message}`);
      }
      const fileURL = pathToFileURL(join(contentDir, file.path));
      let rendered;
      try {
        rendered = await renderSegments(page.segments, (markdown) => context.renderMarkdown(markdown, { fileURL }));
      } catch (error) {
        // The pipeline names lines of the notebook's Markdown document: name the cell and its line instead.
        const message = (error instanceof Error ? error.message : String(error)).replace(new RegExp(`${escapeRegExp(file.path)}:(\\d+)`, 'g'), (whole, line: string) => {
          const at = cellOfLine(page.segments, Number(line));
          return at ? `${file.path}, cell ${at.cell}, line ${at.line}` : file.path;
        });
        found.push(problems.renderFailed(file.path, message));
        continue;
      }
      const raw: NotebookData = { title: page.title, tags: page.tags, language: page.language, file: file.path, slug, cells: page.cellCount, images: page.images };
      const data = await context.parseData({ id: slug, data: raw });
      const filePath = relative(root, resolve(contentDir, file.path)).split(sep).join('/');
      // Images of Markdown cells are published by Astro, as for notes (render() swaps in their URLs).
      const images = explicitRelativeImages(jupyterAnchors(rendered.html), rendered.imagePaths);
      const metadata = { headings: rendered.headings as MarkdownHeading[], frontmatter: rendered.frontmatter, imagePaths: images.imagePaths };
      context.store.set({ id: slug, data, rendered: { html: images.html, metadata }, filePath, digest, assetImports: images.imagePaths });
    }
    for (const id of context.store.keys()) if (!bySlug.has(id)) context.store.delete(id);
    if (found.length) throw new LabbookError(found);
  };
  let watching = false;
  return {
    name: 'labbook-notebooks',
    load: async (context) => {
      await load(context);
      // `astro dev`: a changed notebook reloads the collection (unchanged ones keep their pages).
      if (!context.watcher || watching) return;
      watching = true;
      const folder = resolve(contentDir, folders.notebooks) + sep;
      context.watcher.add(folder);
      for (const event of ['add', 'change', 'unlink'] as const) {
        context.watcher.on(event, (path) => {
          if (!resolve(path).startsWith(folder)) return;
          load(context).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
        });
      }
    },
  };
}
