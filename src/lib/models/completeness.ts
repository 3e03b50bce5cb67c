import { bodySections } from '../markdown-sections.ts';
import { bodyOrSkip } from '../frontmatter.ts';
import type { SourceFile } from '../validate-content.ts';
import { logicalOf } from '../content/files.ts';

/**
 * Sections every model card should have, after Labbook's template (`labbook new model`) and the
 * "Model Cards for Model Reporting" paper. A card written from Hugging Face's template
 * (huggingface_hub's modelcard_template.md) fills them under its own headings, and must also fill
 * {@link HF_SECTIONS}, which that template asks for.
 */
export const REQUIRED_SECTIONS = ['Intended use', 'Limitations', 'Ethical considerations'] as const;

/** What a card written from Hugging Face's template must also fill. */
export const HF_SECTIONS = ['Training details', 'Evaluation'] as const;

/** A section a card lacks: one of {@link REQUIRED_SECTIONS} or, for a Hugging Face card, {@link HF_SECTIONS}. */
export type RequiredSection = (typeof REQUIRED_SECTIONS)[number] | (typeof HF_SECTIONS)[number];

/**
 * Headings (lowercase, punctuation as spaces) that count as each section, so the usual wordings
 * pass: "Intended uses", "Ethics"; and Hugging Face's: "Uses" / "Direct Use" / "Downstream Use" /
 * "Out-of-Scope Use" for the intended use, "Bias, Risks, and Limitations" / "Recommendations" for
 * limitations and ethics (HF's template has no separate ethics section).
 */
const MATCHES: Record<RequiredSection, RegExp[]> = {
  'Intended use': [/\bintended uses?\b/, /^uses$/, /^(?:direct|downstream|out of scope) uses?$/],
  Limitations: [/\blimitations?\b/, /^recommendations$/],
  'Ethical considerations': [/\bethic(?:s|al)\b/, /^bias\b/, /^recommendations$/],
  'Training details': [/^training details$/],
  Evaluation: [/^evaluation$/],
};

/** Headings only Hugging Face's template has: a card with one of them is held to {@link HF_SECTIONS} too. */
const HF_TEMPLATE_HEADING = /^(?:model details|uses|direct uses?|downstream uses?|out of scope uses?|training details)$/;

/**
 * The required sections a model card's Markdown body has not filled, in {@link REQUIRED_SECTIONS}
 * then {@link HF_SECTIONS} order. A section is filled when a heading that counts as it has content.
 */
export function missingSections(markdown: string): RequiredSection[] {
  // A heading with no content at all still counts as written here, as it always has: only HF's
  // explicit placeholder marks a model card's section as not filled.
  const found = bodySections(markdown);
  const hf = found.some((section) => HF_TEMPLATE_HEADING.test(section.heading));
  const required: RequiredSection[] = [...REQUIRED_SECTIONS, ...(hf ? HF_SECTIONS : [])];
  return required.filter((name) => !found.some((section) => !section.placeholderOnly && MATCHES[name].some((pattern) => pattern.test(section.heading))));
}

/** `"A", "B" and "C"`. */
export function listWords(words: readonly string[]): string {
  const quoted = words.map((word) => `"${word}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** One build warning per model card missing a required section; files whose front matter is broken are left to the validator. */
export function modelCardWarnings(files: SourceFile[]): string[] {
  const warnings: string[] = [];
  for (const file of files) {
    if (!logicalOf(file).startsWith('models/')) continue;
    // Broken front matter is the validator's to report.
    const body = bodyOrSkip(file);
    if (body === undefined) continue;
    const missing = missingSections(body);
    if (missing.length === 0) continue;
    const headings = missing.map((section) => `## ${section}`);
    warnings.push(
      `${file.path}: model card has no ${listWords(missing)} section, so /models/ marks it incomplete. Add ${listWords(headings)} (see labbook new model).`,
    );
  }
  return warnings;
}
