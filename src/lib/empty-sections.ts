import { problems, type Problem } from './errors.ts';
import { bodyOrSkip, normalizeSource } from './frontmatter.ts';
import { bodySections } from './markdown-sections.ts';
import type { SourceFile } from './content/files.ts';

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
    const body = bodyOrSkip(file.source);
    if (body === undefined) continue;
    // Lines of the front matter before the body, so lines are the file's.
    const before = normalizeSource(file.source).split('\n').length - body.split('\n').length;
    for (const section of bodySections(body)) {
      // A `# Title` alone is a page's title (a stub), not a section left empty.
      if (section.bare && section.depth > 1) found.push(problems.emptySection(file.path, before + section.line, `${'#'.repeat(section.depth)} ${section.text}`));
    }
  }
  return found;
}
