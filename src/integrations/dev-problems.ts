import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { readPage } from '../lib/content/files.ts';
import type { KindFolders } from '../lib/content/layouts.ts';
import { createProblemBoard, renderProblems } from '../lib/dev/problem-board.ts';
import type { RenderReport } from '../lib/dev/render-report.ts';
import { savedPages } from '../lib/dev/saved-pages.ts';
import { formatProblems, location, type Problem } from '../lib/errors.ts';
import type { CheckedContent } from '../lib/validate-content.ts';
import { PROBLEMS_EVENT, PROBLEMS_WANTED_EVENT, type ShownProblem } from '../lib/dev/problems-event.ts';

/** The browser script that shows the problems on every page under `astro dev` (src/scripts/dev-problems.ts). */
export const DEV_PROBLEMS_SCRIPT = `import ${JSON.stringify(fileURLToPath(new URL('../scripts/dev-problems.ts', import.meta.url)))};`;

/** Markdown and MDX: the files whose checks run again when saved. */
const PAGE_FILE = /\.mdx?$/i;

/**
 * When a saved file is read after the watcher's event, and read again. An editor that saves in
 * place empties the file and then writes it; the watcher may report the empty file and, within 50
 * ms, nothing more (chokidar drops a second change). The first read waits for the save to end, the
 * second catches one that did not. Neither is a deadline: a later save is an event of its own.
 */
const READ_AFTER_MS = [50, 300];

export interface DevProblemsOptions {
  contentDir: string;
  folders: KindFolders;
  /** What the build's check of the whole folder found at start-up (its pages and their URLs). */
  checked: Pick<CheckedContent, 'files' | 'urls'>;
  /** Where the Markdown pipeline reports what failed in a document (started under `astro dev`). */
  report?: RenderReport;
  /** Runs `work` after `ms` milliseconds. Default: a timer that does not keep the process alive. Tests run it at once. */
  later?: (ms: number, work: () => void) => void;
}

const timer = (ms: number, work: () => void) => void setTimeout(work, ms).unref();

/**
 * Under `astro dev`: each page saved gets the checks the build would run on it (YAML with its
 * line, fields, dates, file name, two pages at one address), and every rendered document reports
 * what failed in it (diagrams Mermaid rejects, formulas KaTeX rejects, broken links). Whatever
 * would stop `npm run build` is logged once in the terminal and shown in the browser, on every page,
 * until it is fixed (a reload asks again); then the box goes, and Astro reloads the page when its
 * content changed.
 */
export function showProblemsWhileWriting(server: ViteDevServer, logger: AstroIntegrationLogger, options: DevProblemsOptions): void {
  const { contentDir, folders, report } = options;
  const board = createProblemBoard();
  const pages = savedPages(contentDir, folders, options.checked);
  const hot = server.environments.client.hot;

  /** The file's text now, or '' when it cannot be read (deleted meanwhile, or not a file: `til/x.md:5`). */
  const textOf = (path: string) => {
    try {
      return readPage(contentDir, path, folders).file?.source ?? '';
    } catch {
      return '';
    }
  };
  /** A problem as the browser shows it, with the line it points at. */
  const shown = (problem: Problem): ShownProblem => {
    const excerpt = problem.line ? textOf(problem.file).replace(/\r\n?/g, '\n').split('\n')[problem.line - 1] : undefined;
    return { where: location(problem), message: problem.message, ...(excerpt?.trim() ? { excerpt } : {}) };
  };
  const payload = () => ({ problems: board.list().map(shown) });

  /** Log what is new once, say which files are fine again, and show the list in every open page. */
  const publish = () => {
    const { added, fixed, changed } = board.changes();
    for (const file of new Set(added.map((problem) => problem.file))) {
      // Continuation lines (Mermaid's caret under the error) indented under their problem, as the build prints them.
      const mine = added.filter((problem) => problem.file === file).map((problem) => ({ ...problem, message: problem.message.replaceAll('\n', '\n    ') }));
      logger.error(formatProblems(mine, `${file} would stop the build; fix it and save`));
    }
    for (const file of fixed) logger.info(`${file}: fixed`);
    if (changed) hot.send(PROBLEMS_EVENT, payload());
  };

  /** `til/x.md`, or undefined for a file outside the content folder. */
  const pathOf = (file: string) => {
    const path = relative(contentDir, file);
    return path && !path.startsWith('..') && !path.startsWith(sep) && !/^[a-z]:/i.test(path) ? path.split(sep).join('/') : undefined;
  };

  const check = (path: string) => {
    let saved;
    try {
      saved = pages.check(path);
    } catch (error) {
      // Unreadable (permissions, a folder where the file was): Astro's loader says so too; the server goes on.
      return logger.warn(`${path}: not checked (${error instanceof Error ? error.message : String(error)})`);
    }
    if (saved.kind === 'page') board.checked(path, saved.problems);
    else board.forget(path);
    publish();
  };
  const later = options.later ?? timer;
  const onSaved = (file: string) => {
    const path = pathOf(file);
    if (!path || !PAGE_FILE.test(path)) return;
    for (const ms of READ_AFTER_MS) later(ms, () => check(path));
  };
  server.watcher.on('change', onSaved);
  server.watcher.on('add', onSaved);
  server.watcher.on('unlink', onSaved);

  report?.listen((document) => {
    const path = pathOf(document.file);
    if (!path) return;
    board.rendered(path, document.source, renderProblems(path, document.failures), () => textOf(path));
    publish();
  });

  // A page that loads (or reloads) asks for the list: problems stay on screen until they are fixed.
  hot.on(PROBLEMS_WANTED_EVENT, (_data, client) => client.send(PROBLEMS_EVENT, payload()));
}
