import { location, type Problem } from '../errors.ts';

/** What changed on the board since the last look: problems not shown before, files that are fine now. */
export interface BoardChanges {
  added: Problem[];
  fixed: string[];
  /** The board differs from the last look (also when a problem only moved or went). */
  changed: boolean;
}

/**
 * The problems the dev server shows, per file: what the checks of the saved file found, and what
 * rendering each of its documents found (a daily log renders entry by entry, and an entry that did
 * not change is not rendered again, so its problems stay until its text changes or it renders fine).
 * A document whose text left the file goes when the file renders again, whichever of the save's
 * check and render comes first: a save that is still broken replaces its problems without a "fixed"
 * in between.
 */
export interface ProblemBoard {
  /** The checks of `file` found `problems` ([] when none). */
  checked(file: string, problems: Problem[]): void;
  /** `file` was deleted, or is no longer a page. */
  forget(file: string): void;
  /**
   * Rendering one document of `file` (its Markdown as written: `document`) found `problems` ([] when
   * none). `text` reads the file as it is now: documents no longer in it go.
   */
  rendered(file: string, document: string, problems: Problem[], text: () => string): void;
  /** Every problem, by file then line. */
  list(): Problem[];
  /** What changed since the last call. */
  changes(): BoardChanges;
}

/** LF line endings, no byte order mark: how the Markdown processor saw the text. */
const normalize = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

const key = (problem: Problem) => `${location(problem)}\0${problem.message}`;

export function createProblemBoard(): ProblemBoard {
  const checks = new Map<string, Problem[]>();
  /** Per file, per document text: its problems. */
  const renders = new Map<string, Map<string, Problem[]>>();
  let shown = new Map<string, Problem>();

  const list = () =>
    [...new Set([...checks.keys(), ...renders.keys()])]
      .flatMap((file) => [...(checks.get(file) ?? []), ...[...(renders.get(file)?.values() ?? [])].flat()])
      .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

  return {
    checked(file, problems) {
      if (problems.length) checks.set(file, problems);
      else checks.delete(file);
    },
    forget(file) {
      checks.delete(file);
      renders.delete(file);
    },
    rendered(file, document, problems, text) {
      const documents = renders.get(file) ?? new Map<string, Problem[]>();
      if (documents.size) {
        const now = normalize(text());
        for (const written of documents.keys()) if (!now.includes(written)) documents.delete(written);
      }
      const written = normalize(document);
      if (problems.length) documents.set(written, problems);
      else documents.delete(written);
      if (documents.size) renders.set(file, documents);
      else renders.delete(file);
    },
    list,
    changes() {
      const now = new Map(list().map((problem) => [key(problem), problem]));
      const added = [...now].filter(([k]) => !shown.has(k)).map(([, problem]) => problem);
      const files = new Set([...now.values()].map((problem) => problem.file));
      const fixed = [...new Set([...shown.values()].map((problem) => problem.file))].filter((file) => !files.has(file)).sort();
      const changed = added.length > 0 || now.size !== shown.size;
      shown = now;
      return { added, fixed, changed };
    },
  };
}

/** `til/x.md:14: what. What to do.` at the start of a line: where one recorded failure starts. */
const LOCATED = /^(.+?):(\d+): (.*)$/;

/**
 * The failures the Markdown pipeline recorded for a document of `file` (each `file:line: message`,
 * continued on indented lines or followed by advice) as problems with their line.
 */
export function renderProblems(file: string, failures: readonly string[]): Problem[] {
  const found: Problem[] = [];
  for (const failure of failures) {
    for (const text of failure.split('\n')) {
      const located = LOCATED.exec(text);
      if (located && located[1] === file) found.push({ code: 'render-failed', file, line: Number(located[2]), message: located[3] ?? '' });
      else if (found.length > 0 && text.trim()) (found.at(-1) as Problem).message += `\n${text.trim()}`;
      else if (text.trim()) found.push({ code: 'render-failed', file, message: text.trim() });
    }
  }
  return found;
}
