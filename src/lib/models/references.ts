import { isDailyLogFileName } from '../daily-log.ts';
import { editDistance } from '../edit-distance.ts';
import { problems, type Problem } from '../errors.ts';
import { FrontmatterSyntaxError, frontmatterOf, type ParsedFile } from '../frontmatter.ts';
import type { SourceFile } from '../validate-content.ts';
import { logicalOf } from '../content/files.ts';
import { modelNameFromTitle } from '../../schemas/model-card.ts';

/**
 * Checks across files that one file alone cannot make: every name in a `models:` list must be the
 * `model_name` of a model card, and no two cards may claim the same name and version.
 *
 * Who may write `models:`: single-file TILs and playbooks. A daily log cannot (its front matter
 * only sets defaults for its entries, and `models` is not one of them), so the validator already
 * reports it there as not allowed.
 */

/** The folders whose files may list `models:`. */
const REFERRING_FOLDERS = ['til/', 'playbooks/'];

function frontmatterOrSkip(file: SourceFile): ParsedFile | undefined {
  try {
    return frontmatterOf(file);
  } catch (error) {
    // The per-file validation reports the syntax error; nothing to cross-check here.
    if (error instanceof FrontmatterSyntaxError) return undefined;
    throw error;
  }
}

const asText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * The known name closest to `name`: the same name in another case, or one a few typos away
 * (at most 2, or a third of the name's length for long names). Undefined when none is close.
 */
export function closestModelName(name: string, known: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Unknown model names and duplicate card versions, each naming its file and line. */
export function modelReferenceProblems(files: SourceFile[]): Problem[] {
  const found: Problem[] = [];
  const cards = new Map<string, { file: string; line?: number }[]>();
  const known = new Set<string>();
  for (const file of files) {
    if (!logicalOf(file).startsWith('models/')) continue;
    const parsed = frontmatterOrSkip(file);
    // A card without `model_name` is named after its title, as its schema names it.
    const title = asText(parsed?.data.title);
    const name = asText(parsed?.data.model_name) ?? (title === undefined ? undefined : modelNameFromTitle(title));
    if (!parsed || !name) continue;
    known.add(name);
    const version = asText(parsed.data.version);
    if (!version) continue;
    const key = `${name}@${version}`;
    cards.set(key, [...(cards.get(key) ?? []), { file: file.path, line: parsed.keyLines.version }]);
  }
  for (const [key, where] of cards) {
    if (where.length < 2) continue;
    const at = key.lastIndexOf('@');
    found.push(problems.duplicateModelVersion(where, key.slice(0, at), key.slice(at + 1)));
  }

  const names = [...known].sort((a, b) => a.localeCompare(b));
  for (const file of files) {
    const logical = logicalOf(file);
    if (!REFERRING_FOLDERS.some((folder) => logical.startsWith(folder))) continue;
    if (logical.startsWith('til/') && isDailyLogFileName(logical.slice('til/'.length))) continue;
    const parsed = frontmatterOrSkip(file);
    const listed = parsed?.data.models;
    if (!parsed || !Array.isArray(listed)) continue;
    for (const value of listed) {
      const name = asText(value);
      // Not text: the schema reports it with its field path.
      if (!name || known.has(name)) continue;
      found.push(problems.unknownModel(file.path, parsed.keyLines.models, name, names, closestModelName(name, names)));
    }
  }
  return found;
}
