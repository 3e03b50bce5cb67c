import { bodyOrSkip } from '../frontmatter.ts';
import { bodySections, type Section } from '../markdown-sections.ts';
import { listWords } from '../models/completeness.ts';
import type { SourceFile } from '../validate-content.ts';
import { logicalOf } from '../content/files.ts';

/**
 * Sections every dataset card should have: the seven questions of "Datasheets for Datasets"
 * (Gebru et al.), as `labbook new dataset` writes them. A card written from Hugging Face's dataset
 * card template (huggingface_hub's datasetcard_template.md, or the older datasets-library one)
 * answers them under its own headings, and must also fill {@link HF_DATASET_SECTIONS}.
 *
 * Unlike model cards (whose rule predates templates with prompts), a section counts only when
 * something is written under it: a heading left empty, with only the template's comment, or with
 * only "[More Information Needed]" is not filled.
 */
export const DATASHEET_SECTIONS = [
  'Motivation',
  'Composition',
  'Collection process',
  'Preprocessing, cleaning, labeling',
  'Uses',
  'Distribution',
  'Maintenance',
] as const;

/** What a card written from Hugging Face's template must also fill. */
export const HF_DATASET_SECTIONS = ['Considerations for using the data'] as const;

export type DatasetSection = (typeof DATASHEET_SECTIONS)[number] | (typeof HF_DATASET_SECTIONS)[number];

/**
 * Headings (lowercase, punctuation as spaces) that count as each section: the datasheet's own
 * wordings and Hugging Face's (both templates) for the same question.
 */
const MATCHES: Record<DatasetSection, RegExp[]> = {
  Motivation: [/^motivation$/, /\bcuration rationale\b/],
  Composition: [/^composition$/, /^dataset structure$/, /^data (?:instances|fields|splits)$/],
  'Collection process': [/\bcollection process\b/, /^source data$/, /^(?:initial )?data collection\b/, /^who are the source (?:data|language) producers$/],
  'Preprocessing, cleaning, labeling': [/\bpre ?processing\b/, /\bcleaning\b/, /\blabell?ing\b/, /^annotations?$/, /^annotation process$/, /\bdata collection and processing\b/, /\bnormali[sz]ation\b/],
  Uses: [/^(?:intended |direct |out of scope )?uses?$/, /^supported tasks\b/],
  Distribution: [/^distribution$/, /^licensing information$/, /^licen[cs]e$/],
  Maintenance: [/^maintenance$/, /^dataset curators$/, /^dataset card contact$/],
  'Considerations for using the data': [/^considerations for using the data$/, /^bias risks and limitations$/, /^discussion of biases$/, /^other known limitations$/, /^social impact of (?:the )?dataset$/],
};

/** Headings only Hugging Face's templates have: a card with one of them is held to {@link HF_DATASET_SECTIONS} too. */
const HF_TEMPLATE_HEADING = /^(?:dataset details|dataset description|dataset summary|dataset structure|dataset creation|considerations for using the data|additional information)$/;

/** One required section and whether the card fills it. */
export interface SectionState {
  name: DatasetSection;
  filled: boolean;
}

function states(found: Section[]): SectionState[] {
  const hf = found.some((section) => HF_TEMPLATE_HEADING.test(section.heading));
  const required: DatasetSection[] = [...DATASHEET_SECTIONS, ...(hf ? HF_DATASET_SECTIONS : [])];
  return required.map((name) => ({
    name,
    filled: found.some((section) => !section.unfilled && MATCHES[name].some((pattern) => pattern.test(section.heading))),
  }));
}

/** Each required section of a dataset card's Markdown body, in order, with whether it is filled. */
export function datasetSections(markdown: string): SectionState[] {
  return states(bodySections(markdown));
}

/** The required sections a dataset card's body has not filled, in order; empty when complete. */
export function missingDatasetSections(markdown: string): DatasetSection[] {
  return datasetSections(markdown).filter((state) => !state.filled).map((state) => state.name);
}

/** One build warning per dataset card missing a required section; files whose front matter is broken are left to the validator. */
export function datasetCardWarnings(files: SourceFile[]): string[] {
  const warnings: string[] = [];
  for (const file of files) {
    if (!logicalOf(file).startsWith('datasets/')) continue;
    // Broken front matter is the validator's to report.
    const body = bodyOrSkip(file);
    if (body === undefined) continue;
    const missing = missingDatasetSections(body);
    if (missing.length === 0) continue;
    warnings.push(
      `${file.path}: dataset card has no filled ${listWords(missing)} section, so /datasets/ marks it incomplete. Write under ${listWords(missing.map((name) => `## ${name}`))} (see labbook new dataset; a heading with only a comment or [More Information Needed] is not filled).`,
    );
  }
  return warnings;
}
