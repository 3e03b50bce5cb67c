import { markdownToMdast, type MdastNode } from 'satteri';
import { tooDeep } from '../markdown-depth.ts';
import { FrontmatterSyntaxError, parseFrontmatter } from '../frontmatter.ts';
import type { SourceFile } from '../validate-content.ts';
import { logicalOf } from '../content/files.ts';

/** Sections every model card should have, after the Hugging Face and "Model Cards for Model Reporting" templates. */
export const REQUIRED_SECTIONS = ['Intended use', 'Limitations', 'Ethical considerations'] as const;

/** `Intended use`, `Limitations` or `Ethical considerations`. */
export type RequiredSection = (typeof REQUIRED_SECTIONS)[number];

/**
 * What a heading must contain (lowercase, punctuation as spaces) to count as the section, so the
 * usual wordings pass: "Intended uses", "Bias, risks, and limitations", "Ethics".
 */
const MATCHES: Record<RequiredSection, RegExp> = {
  'Intended use': /\bintended uses?\b/,
  Limitations: /\blimitations?\b/,
  'Ethical considerations': /\bethic(?:s|al)\b/,
};

function headingText(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(headingText).join('') : '';
}

/** Text of every heading of a Markdown body, code blocks excluded (parsed, not matched line by line). */
function headings(markdown: string): string[] {
  const found: string[] = [];
  const walk = (node: MdastNode) => {
    if (node.type === 'heading') found.push(headingText(node));
    else if ('children' in node) node.children.forEach(walk);
  };
  const tree = markdownToMdast(markdown, { features: { frontmatter: false } });
  // The walkers here recurse; a card nested this deep fails its render, naming the file.
  if (tooDeep(tree)) return found;
  walk(tree);
  return found;
}

/** The required sections a model card's Markdown body has no heading for, in {@link REQUIRED_SECTIONS} order. */
export function missingSections(markdown: string): RequiredSection[] {
  const texts = headings(markdown).map((text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '));
  return REQUIRED_SECTIONS.filter((section) => !texts.some((text) => MATCHES[section].test(text)));
}

/** `"A", "B" and "C"`. */
function listWords(words: readonly string[]): string {
  const quoted = words.map((word) => `"${word}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** One build warning per model card missing a required section; files whose front matter is broken are left to the validator. */
export function modelCardWarnings(files: SourceFile[]): string[] {
  const warnings: string[] = [];
  for (const file of files) {
    if (!logicalOf(file).startsWith('models/')) continue;
    let body: string;
    try {
      body = parseFrontmatter(file.source).body;
    } catch (error) {
      if (error instanceof FrontmatterSyntaxError) continue;
      throw error;
    }
    const missing = missingSections(body);
    if (missing.length === 0) continue;
    const headings = missing.map((section) => `## ${section}`);
    warnings.push(
      `${file.path}: model card has no ${listWords(missing)} section, so /models/ marks it incomplete. Add ${listWords(headings)} (see labbook new model).`,
    );
  }
  return warnings;
}
