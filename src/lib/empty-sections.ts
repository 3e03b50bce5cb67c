import { problems, type Problem } from './errors.ts';
import { bodyOrSkip, normalizeSource } from './frontmatter.ts';
import { bodySections } from './markdown-sections.ts';
import type { SourceFile } from './content/files.ts';

// Where a top-level heading ends: an ATX line (`## x`, up to three spaces in) or a setext underline.
const HEADING_END = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
// A block that starts with a letter is a paragraph (or a table's header row): it says something.
const STARTS_WITH_TEXT = /^ {0,3}\p{L}/u;

/**
 * Cheap test before parsing a body into sections (most notes pass it, and parsing every page's
 * Markdown again was the most expensive warning of the build): can a heading here have nothing
 * under it? No when, after every line that may end a heading, the next non-blank line starts a
 * paragraph with a letter, which is then text under that heading. Conservative: a setext heading
 * made of that paragraph, a list, code, HTML, a comment or the end of the body all answer "maybe",
 * and {@link bodySections} decides.
 */
export function mayHaveEmptySection(body: string): boolean {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!HEADING_END.test(lines[i] as string)) continue;
    let next = i + 1;
    while (next < lines.length && (lines[next] as string).trim() === '') next++;
    if (next === lines.length || !STARTS_WITH_TEXT.test(lines[next] as string)) return true;
    // The paragraph's lines up to a blank one: an underline among them makes it a heading.
    for (let line = next + 1; line < lines.length && (lines[line] as string).trim() !== ''; line++) {
      if (SETEXT_UNDERLINE.test(lines[line] as string)) return true;
    }
  }
  return false;
}

/**
 * Headings with nothing under them, as a template leaves them (`## Root cause` and its prompt
 * comment, never written): a build warning each, naming file and line, so a half-filled note is
 * noticed before readers see an empty section. A heading followed directly by its own subsections
 * is not empty; "[More Information Needed]" is written text (completeness checks judge it), and a
 * page's `# Title` is its title, not a section.
 */
export function emptySectionProblems(files: readonly SourceFile[]): Problem[] {
  const found: Problem[] = [];
  for (const file of files) {
    if (!/\.mdx?$/i.test(file.path)) continue;
    // Broken front matter is the validator's to report.
    const body = bodyOrSkip(file);
    if (body === undefined || !mayHaveEmptySection(body)) continue;
    // Lines of the front matter before the body, so lines are the file's.
    const before = normalizeSource(file.source).split('\n').length - body.split('\n').length;
    for (const section of bodySections(body)) {
      // A `# Title` alone is a page's title (a stub), not a section left empty.
      if (section.bare && section.depth > 1) found.push(problems.emptySection(file.path, before + section.line, `${'#'.repeat(section.depth)} ${section.text}`));
    }
  }
  return found;
}
