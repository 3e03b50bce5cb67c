/**
 * The catalogue of user-facing errors. Every message says what happened, where (file and line or
 * field path) and what to do, so an author can fix their note without reading Labbook's code.
 */

/** One problem found in the author's content, pinned to a file (and a line or field when known). */
export interface Problem {
  /** Stable name of the problem, from {@link ProblemCode}. */
  code: ProblemCode;
  /** File path relative to the content folder, with forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** What is wrong and what to do about it. */
  message: string;
}

export type ProblemCode =
  | 'content-dir-missing'
  | 'content-dir-empty'
  | 'config-missing'
  | 'config-yaml'
  | 'config-field'
  | 'frontmatter-yaml'
  | 'frontmatter-field'
  | 'file-name'
  | 'duplicate-url'
  | 'render-failed';

/** An error that carries one or more {@link Problem}s; the build prints them all and stops. */
export class LabbookError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[], heading = 'Labbook cannot build this wiki') {
    super(formatProblems(problems, heading));
    this.name = 'LabbookError';
    this.problems = problems;
    // The message says where the problem is; a stack trace into Labbook would only hide it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** `til/a.md:3` or `til/a.md` when the line is unknown. */
export function location(problem: Pick<Problem, 'file' | 'line'>): string {
  return problem.line ? `${problem.file}:${problem.line}` : problem.file;
}

/** One line per problem, sorted by file then line, under a heading that counts them. */
export function formatProblems(problems: Problem[], heading: string): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = sorted.map((p) => `  ✗ ${location(p)}: ${p.message}`);
  return [`${heading} (${count}):`, ...lines].join('\n');
}

/** Problem constructors: the wording lives here so tests can pin it in one place. */
export const problems = {
  contentDirMissing: (dir: string): Problem => ({
    code: 'content-dir-missing',
    file: dir,
    message:
      'the content folder does not exist. Create it with a labbook.yaml, or point LABBOOK_CONTENT at your wiki folder.',
  }),
  contentDirEmpty: (dir: string): Problem => ({
    code: 'content-dir-empty',
    file: dir,
    message:
      'the content folder has no pages. Add a note such as til/2026-01-05-first-note.md or docs/index.md.',
  }),
  configMissing: (): Problem => ({
    code: 'config-missing',
    file: 'labbook.yaml',
    message: 'not found. Create it with at least `title: My team wiki`.',
  }),
  yaml: (code: 'config-yaml' | 'frontmatter-yaml', file: string, line: number | undefined, reason: string): Problem => ({
    code,
    file,
    line,
    message: `${code === 'config-yaml' ? 'YAML' : 'front matter YAML'} does not parse: ${reason}. Check indentation and quote values that contain ": " or start with a special character.`,
  }),
  field: (
    code: 'config-field' | 'frontmatter-field',
    file: string,
    line: number | undefined,
    path: string,
    expected: string,
  ): Problem => ({ code, file, line, message: `${path}: ${expected}` }),
  fileName: (file: string, expected: string): Problem => ({
    code: 'file-name',
    file,
    message: `file name does not fit: ${expected}`,
  }),
  duplicateUrl: (url: string, files: string[]): Problem => ({
    code: 'duplicate-url',
    file: files[0] ?? '',
    message: `would be published at ${url}, like ${files.slice(1).join(' and ')}. Rename or remove ${files.length > 2 ? 'all but one' : 'one'} of them.`,
  }),
  renderFailed: (file: string, reason: string): Problem => ({
    code: 'render-failed',
    file,
    message: `Markdown failed to render: ${reason}`,
  }),
};
