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
  | 'render-failed'
  | 'daily-log-heading'
  | 'daily-log-date'
  | 'daily-log-stray'
  | 'daily-log-takeaway'
  | 'too-many-terms'
  | 'markdown-too-deep'
  | 'image-missing'
  | 'image-not-image'
  | 'openapi-syntax'
  | 'openapi-invalid'
  | 'openapi-ref'
  | 'openapi-fragment'
  | 'unknown-model'
  | 'duplicate-model-version'
  | 'output-dir'
  | 'symlink-outside'
  | 'symlink-loop'
  | 'symlink-broken'
  | 'unsafe-file-name'
  | 'name-twins'
  | 'encoding'
  | 'image-outside'
  | 'unsafe-svg'
  | 'inline-script-blocked'
  | 'page-cache-mismatch'
  | 'empty-section'
  | 'notebook-json'
  | 'notebook-version'
  | 'notebook-invalid'
  | 'notebook-too-large'
  | 'notebook-output'
  | 'experiment-syntax'
  | 'experiment-baseline'
  | 'experiment-step-log'
  | 'experiment-metric-text'
  | 'experiment-file-missing'

  | 'wikilink-missing'
  | 'wikilink-ambiguous';

/** Front matter fields a TIL may have but a daily log may not: each entry gives its own. */
export type DailyLogEntryField = 'title' | 'date' | 'keywords' | 'takeaway' | 'issues' | 'models';

const dailyLogFieldHome: Record<DailyLogEntryField, (date: string) => string> = {
  title: () => 'each entry\'s title is its "### Title" heading',
  date: (date) => `the date comes from the file name (${date})`,
  keywords: () => 'write a "Keywords: a, b" line in each entry',
  takeaway: () => 'write "**Key Takeaway:**" and a "> ..." blockquote in each entry',
  issues: () => 'write "Related to #42" in the entry it belongs to',
  models: () => 'a note that involves a model card is a single-file TIL (til/YYYY-MM-DD-slug.md) with `models:`',
};

/**
 * A failure the author can fix, worded for them: the build prints its message alone and stops,
 * with no stack trace (the message says where the problem is; a trace into Labbook would hide it).
 */
export class LabbookFailure extends Error {
  constructor(message: string, name = 'LabbookFailure') {
    super(message);
    this.name = name;
    // Astro prints "Stack trace:" for any error that has one.
    this.stack = '';
  }
}

/** Is this one of Labbook's own failures (printed as it is), rather than a bug? */
export function isLabbookFailure(error: unknown): error is LabbookFailure {
  return error instanceof LabbookFailure;
}

/** What to do about YAML that cannot be read, by cause; `FrontmatterSyntaxError.advice` carries one. */
export const yamlAdvice = {
  syntax: 'Check indentation and quote values that contain ": " or start with a special character.',
  reservedKey: (key: string) =>
    `JavaScript gives "${key}" a special meaning, so a value under it would be lost or break the build. Rename the key.`,
  aliases: (max: number) =>
    `More than ${max} expansions of anchors (&name) through aliases (*name) looks like a "billion laughs" file that would fill memory. Write the values out, or use fewer aliases.`,
};

/** An error that carries one or more {@link Problem}s; the build prints them all and stops. */
export class LabbookError extends LabbookFailure {
  readonly problems: Problem[];

  constructor(problems: Problem[], heading = 'Labbook cannot build this wiki') {
    super(formatProblems(problems, heading), 'LabbookError');
    this.problems = problems;
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
  yaml: (code: 'config-yaml' | 'frontmatter-yaml', file: string, line: number | undefined, reason: string, advice: string = yamlAdvice.syntax): Problem => ({
    code,
    file,
    line,
    message: `${code === 'config-yaml' ? 'YAML' : 'front matter YAML'} does not parse: ${reason}. ${advice}`,
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
  dailyLogFileName: (file: string, name: string): Problem => ({
    code: 'file-name',
    file,
    line: 1,
    message: `file name does not fit: "${name}" is not a real calendar day. Name a daily log after its day, YYYY-MM-DD.md, e.g. 2026-11-02.md.`,
  }),
  dailyLogField: (file: string, line: number, field: DailyLogEntryField, date: string): Problem => ({
    code: 'frontmatter-field',
    file,
    line,
    message: `${field}: not allowed in a daily log's front matter: ${dailyLogFieldHome[field](date)}. Remove it.`,
  }),
  entryCategoryEmpty: (file: string, line: number, found: string): Problem => ({
    code: 'daily-log-heading',
    file,
    line,
    message: `entry heading: expected a category inside the brackets, e.g. "### [Training] Title", found "${found}". Write one, or drop the brackets (a category is optional).`,
  }),
  entryTitleEmpty: (file: string, line: number, found: string): Problem => ({
    code: 'daily-log-heading',
    file,
    line,
    message: `entry heading: expected a title after the category, e.g. "### [Training] Title", found "${found}".`,
  }),
  entrySlugEmpty: (file: string, line: number, title: string): Problem => ({
    code: 'daily-log-heading',
    file,
    line,
    message: `entry heading: the title "${title}" gives an empty URL. Use some letters or digits in the title.`,
  }),
  entriesMissing: (file: string, line: number): Problem => ({
    code: 'daily-log-heading',
    file,
    line,
    message: 'no entries: expected at least one "### Title" heading (optionally "### 🐛 [Category] Title"). Each one starts a TIL.',
  }),
  levelTwoHeading: (file: string, line: number, found: string, date: string): Problem => ({
    code: 'daily-log-heading',
    file,
    line,
    message: `level-2 heading: expected "## ${date}" or an entry heading "### Title", found "${found}". Use "####" for a section inside an entry.`,
  }),
  dateHeading: (file: string, line: number, found: string, date: string): Problem => ({
    code: 'daily-log-date',
    file,
    line,
    message: `date heading: expected "## ${date}" (the date in the file name), found "${found}". Make them the same day.`,
  }),
  strayText: (file: string, line: number, found: string): Problem => ({
    code: 'daily-log-stray',
    file,
    line,
    message: `text outside any entry: "${found}" is not under a "### Title" entry heading, so it would belong to no TIL. Move it under an entry heading or remove it.`,
  }),
  takeawayEmpty: (file: string, line: number, found: string): Problem => ({
    code: 'daily-log-takeaway',
    file,
    line,
    message: `takeaway: expected text after "${found}" or a "> ..." blockquote right below it, found nothing. Write the lesson in one sentence, or remove the label.`,
  }),
  takeawayTwice: (file: string, line: number, firstLine: number): Problem => ({
    code: 'daily-log-takeaway',
    file,
    line,
    message: `takeaway: this entry already has one on line ${firstLine}. Keep one takeaway per entry.`,
  }),
  tooManyTerms: (file: string, line: number, what: 'tag' | 'keyword', count: number, max: number): Problem => ({
    code: 'too-many-terms',
    file,
    line,
    message: `${what}s: expected at most ${max} ${what}s per note, found ${count}. Keep the ones a reader would search by (each ${what === 'tag' ? 'tag gets its own page and feeds' : 'keyword goes into the search index'}).`,
  }),
  tooDeep: (file: string, line: number | undefined, depth: number, max: number): Problem => ({
    code: 'markdown-too-deep',
    file,
    line,
    message: `lists, quotes or emphasis are nested ${depth} levels deep; Labbook renders at most ${max}. Flatten the nesting (a deep outline reads better as headings).`,
  }),
  imageMissing: (file: string, url: string, looked: string): Problem => ({
    code: 'image-missing',
    file,
    message: `image "${url}" not found (looked for ${looked}). Paths are relative to the note's folder; fix the path or add the file.`,
  }),
  imageNotImage: (file: string, url: string, reason: string): Problem => ({
    code: 'image-not-image',
    file,
    message: `image "${url}" ${reason}.`,
  }),
  apiMarkdown: (file: string): Problem => ({
    code: 'file-name',
    file,
    message: 'api/ holds OpenAPI files (.yaml, .yml, .json), not pages. Move this page to docs/, or write the spec as YAML or JSON.',
  }),
  openapiSyntax: (file: string, line: number | undefined, format: 'YAML' | 'JSON', reason: string): Problem => ({
    code: 'openapi-syntax',
    file,
    line,
    message: `${format} does not parse: ${reason}. ${format === 'YAML' ? 'Check indentation and quote values that contain ": " or start with a special character.' : 'Check for a missing comma or quote, or a comma before a closing bracket.'}`,
  }),
  openapiAliasBomb: (file: string, limit: number): Problem => ({
    code: 'openapi-syntax',
    file,
    message: `YAML aliases expand to too much data (more than ${limit} aliases): this looks like a "billion laughs" file, not an API spec. Write the repeated parts out, or share them with $ref.`,
  }),
  openapiOutside: (file: string, line: number | undefined, pointer: string, ref: string | undefined): Problem => ({
    code: 'openapi-ref',
    file,
    line,
    message: ref === undefined
      ? 'this symlink leads outside the content folder, and Labbook reads only files inside it. Copy what it links to into the content folder instead of linking to it.'
      : `${pointer ? `${pointer}/` : ''}$ref: "${ref}" leads outside the content folder (through a symlink or ../), and Labbook reads only files inside it. Copy the file into the content folder (a _-prefixed folder keeps it off the site).`,
  }),
  openapiStrayFragment: (file: string): Problem => ({
    code: 'openapi-fragment',
    file,
    message:
      'has no `openapi:` or `swagger:` key at its top, so it is not a spec, and no spec $refs it, so nothing shows it. Start it with `openapi: 3.1.0` to make it a page, $ref it from a spec, or move it to a _-prefixed folder (api/_shared/).',
  }),
  openapiDuplicateUrl: (url: string, first: string, second: string): Problem => ({
    code: 'duplicate-url',
    file: first,
    message: `${first} and ${second} would both be published at ${url} (a spec's URL is its path without the extension). Rename or remove one of them.`,
  }),
  openapiInvalid: (file: string, line: number | undefined, pointer: string, reason: string, advice = 'Fix the spec at that JSON pointer; the OpenAPI (or Swagger 2.0) specification lists the fields each object takes.'): Problem => ({
    code: 'openapi-invalid',
    file,
    line,
    message: `${pointer ? `${pointer}: ` : ''}${reason}. ${advice}`,
  }),
  openapiDanglingRef: (file: string, line: number | undefined, pointer: string, target: string): Problem => ({
    code: 'openapi-ref',
    file,
    line,
    message: `${pointer}/$ref: "${target}" points to nothing. Define it (e.g. under components/schemas), or fix the $ref to name one that exists.`,
  }),
  openapiRefUnresolved: (file: string, line: number | undefined, pointer: string, reason: string): Problem => ({
    code: 'openapi-ref',
    file,
    line,
    message: `${pointer ? `${pointer}/$ref: ` : ''}cannot be resolved: ${reason}. Point $ref at this file ("#/...") or at another file inside the content folder; URLs are not fetched.`,
  }),
  unknownModel: (file: string, line: number | undefined, name: string, known: string[], closest: string | undefined): Problem => ({
    code: 'unknown-model',
    file,
    line,
    message: `models: no model card has model_name "${name}"${closest ? `; did you mean "${closest}"?` : '.'} Known models: ${known.length ? known.join(', ') : 'none yet'}. Fix the name, or add its card in models/ (labbook new model "Title").`,
  }),
  duplicateModelVersion: (where: { file: string; line?: number }[], name: string, version: string): Problem => ({
    code: 'duplicate-model-version',
    file: where[0]?.file ?? '',
    line: where[0]?.line,
    message: `version: ${name} ${version} is also the version of ${where.slice(1).map((w) => w.file).join(' and ')}. Give each card of ${name} its own version.`,
  }),
  /** A warning, not a failure: a heading with nothing under it, as a template leaves it. */
  emptySection: (file: string, line: number, heading: string): Problem => ({
    code: 'empty-section',
    file,
    line,
    message: `section "${heading}" is empty (nothing under it before the next heading; a template's prompt comment does not count). Write it, or delete the heading.`,
  }),
  duplicateEntry: (file: string, line: number, url: string, firstLine: number): Problem => ({
    code: 'duplicate-url',
    file,
    line,
    message: `entry would be published at ${url}, like the entry on line ${firstLine}. Give one of them a different title.`,
  }),
  outputDir: (reason: string): Problem => ({ code: 'output-dir', file: 'LABBOOK_OUT', message: reason }),
  symlinkOutside: (file: string): Problem => ({
    code: 'symlink-outside',
    file,
    message: 'is a symbolic link to a place outside the content folder, and Labbook publishes only what is inside it. Copy the file into the wiki, or remove the link.',
  }),
  symlinkBroken: (file: string): Problem => ({
    code: 'symlink-broken',
    file,
    message: 'is a symbolic link to something that does not exist. Fix the link or remove it.',
  }),
  symlinkLoop: (file: string): Problem => ({
    code: 'symlink-loop',
    file,
    message: 'is a symbolic link to a folder that is already part of the wiki (a loop or a second path to it), so its pages would be published twice. Remove the link.',
  }),
  unsafeFileName: (file: string, character: string): Problem => ({
    code: 'unsafe-file-name',
    file,
    message: `has "${character}" in its name, which cannot be part of a page address (the browser would cut the address there). Rename the file without it.`,
  }),
  nameTwins: (files: string[]): Problem => ({
    code: 'name-twins',
    file: files[0] ?? '',
    message: `and ${files.slice(1).join(', ')} have the same name written with different Unicode characters (composed and decomposed accents), so they would get one address. Rename or delete one of them.`,
  }),
  encoding: (file: string, line: number | undefined, found: string): Problem => ({
    code: 'encoding',
    file,
    line,
    message: `is ${found.startsWith('not ') ? found : `${found}, not UTF-8`}, so its text would be published garbled. Save it as UTF-8 (most editors: "Save with encoding" or "Reopen with encoding", then save).`,
  }),
  imageOutside: (file: string, line: number | undefined, src: string): Problem => ({
    code: 'image-outside',
    file,
    line,
    message: `image "${src}" is outside the content folder (or a link to a place outside it), and Labbook publishes only what is inside it. Copy the image into the wiki and link the copy.`,
  }),
  unsafeSvg: (file: string, line: number | undefined, src: string, found: string): Problem => ({
    code: 'unsafe-svg',
    file,
    line,
    message: `image "${src}" is an SVG with ${found}. It would be published as a file that runs on the site's address when opened directly. Remove it from the SVG, or export the drawing again as a plain SVG or a PNG.`,
  }),
  inlineScriptBlocked: (page: string, count: number): Problem => ({
    code: 'inline-script-blocked',
    file: page,
    message: `built page has ${count === 1 ? 'an inline <script>' : `${count} inline <script>s`} that Labbook did not write; the page's Content-Security-Policy does not allow ${count === 1 ? 'it' : 'them'}, so ${count === 1 ? 'it does' : 'they do'} not run. If it comes from an .mdx file, put the code in a file under public/ and load it with <script src="...">; otherwise find out how it got into the page.`,
  }),
  pageCacheMismatch: (file: string): Problem => ({
    code: 'page-cache-mismatch',
    file,
    message: 'cached page differs from what the build that wrote it recorded (edited by hand, or a cache from elsewhere); it is rendered again instead of published. Nothing to do unless this repeats: then check who writes the build cache.',
  }),
  notebookJson: (file: string, line: number | undefined, column: number | undefined, reason: string): Problem => ({
    code: 'notebook-json',
    file,
    line,
    message: `is not valid JSON${line ? ` (line ${line}${column ? `, column ${column}` : ''})` : ''}: ${reason}. A notebook is a JSON file: open it in Jupyter and save it again, or fix the JSON there (often a merge conflict left <<<<<<< lines in it).`,
  }),
  notebookVersion: (file: string, found: string): Problem => ({
    code: 'notebook-version',
    file,
    message: `is ${found}; Labbook shows nbformat 4 notebooks (Jupyter's format since 2015). Convert it with \`jupyter nbconvert --to notebook --nbformat 4 --output <name> <file>\`, or open and save it in a current Jupyter.`,
  }),
  notebookInvalid: (file: string, field: string, reason: string): Problem => ({
    code: 'notebook-invalid',
    file,
    message: `is not a Jupyter notebook: ${field} ${reason}. Open it in Jupyter and save it again.`,
  }),
  notebookTooLarge: (file: string, size: string, limit: string): Problem => ({
    code: 'notebook-too-large',
    file,
    message: `is ${size}, over the notebook size limit of ${limit} (most of it is usually output images). Clear large outputs in Jupyter (Edit > Clear outputs of the cell), save smaller figures, or raise \`notebookMaxSize\` (in MB) in labbook.yaml.`,
  }),
  notebookOutput: (file: string, cell: number, removed: string[]): Problem => ({
    code: 'notebook-output',
    file,
    message: `cell ${cell}: removed ${removed.join(', ')} from its output (outputs are sanitized like HTML in Markdown, and nothing in a notebook runs on the site). Nothing to do unless the output needs it: then show it as an image.`,
  }),
  experimentSyntax: (file: string, line: number | undefined, column: number | undefined, format: 'JSON' | 'YAML', reason: string): Problem => ({
    code: 'experiment-syntax',
    file,
    line,
    message: `is not valid ${format}${line ? ` (line ${line}${column ? `, column ${column}` : ''})` : ''}: ${reason}. Fix the file, or move it out of the run folder; the run's page would show half of it.`,
  }),
  experimentNotMapping: (file: string, found: string): Problem => ({
    code: 'experiment-syntax',
    file,
    line: 1,
    message: `holds ${found}, not \`name: value\` pairs. Write the run's values as a mapping, e.g. \`{"accuracy": 0.91}\` or \`lr: 0.001\`.`,
  }),
  experimentBaseline: (file: string, run: string, baseline: string, known: readonly string[]): Problem => ({
    code: 'experiment-baseline',
    file,
    message: `run ${run} names \`baseline: ${baseline}\`, and no run has that id or folder name${known.length ? ` (runs: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', ...' : ''})` : ''}. Name an existing run, or remove the line to compare with the previous run.`,
  }),
  experimentBaselineSelf: (file: string, run: string): Problem => ({
    code: 'experiment-baseline',
    file,
    message: `run ${run} names itself as its baseline. Name another run, or remove the line to compare with the previous run.`,
  }),
  experimentStepLog: (file: string, line: number | undefined, reason: string): Problem => ({
    code: 'experiment-step-log',
    file,
    line,
    message: `step log ${reason}. Fix the line, or rename the file with a leading \`_\` to leave it out.`,
  }),
  experimentMetricText: (file: string, metric: string, value: string, numeric: number): Problem => ({
    code: 'experiment-metric-text',
    file,
    message: `metric \`${metric}\` is text ("${value.length > 40 ? `${value.slice(0, 40)}...` : value}") where ${numeric === 1 ? 'another run has a number' : `${numeric} other runs have numbers`}; it is shown as text and not ranked. Write it as a number (0.91, not "0.91" or "91%").`,
  }),
  experimentFileMissing: (file: string, named: readonly string[]): Problem => ({
    code: 'experiment-file-missing',
    file,
    message: `names ${named.length === 1 ? `${named[0]}, which is` : `${named.length} files that are`} not in the wiki${named.length > 1 ? ` (${named.slice(0, 4).join(', ')}${named.length > 4 ? ', ...' : ''})` : ''}: DVC keeps outputs in its cache, not in git, so their values are shown as not stated. Commit the metrics and plot files (\`git add -f\`, or \`cache: false\` on those outputs in dvc.yaml), or remove them from dvc.yaml.`,
  }),
  wikilinkMissing: (file: string, line: number, written: string, advice: string): Problem => ({
    code: 'wikilink-missing',
    file,
    line,
    message: `wikilink ${written} leads nowhere: ${advice}.`,
  }),
  wikilinkAmbiguous: (file: string, line: number, written: string, candidates: readonly string[]): Problem => ({
    code: 'wikilink-ambiguous',
    file,
    line,
    message: `wikilink ${written} names ${candidates.length} pages: ${candidates.join(', ')}. Link one by its path (e.g. [[${candidates[0]?.replace(/\.mdx?$/i, '').replace(/ \(.*$/, '')}]]), or give the pages different titles.`,
  }),
};
