/**
 * Compares two built sites: the list of files, and every HTML page's text. Prints what differs
 * with a short diff per page and exits 1 on any difference, 0 when both builds are the same.
 *
 *   node scripts/compare-builds.ts <first build folder> <second build folder>
 *
 * For structural changes: build the same wiki before and after (LABBOOK_OUT=… npm run build) and compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareSites, formatDifferences, type BuiltSite } from '../src/lib/publishing/compare-sites.ts';

/** A built site on disk (output folder, not the content folder: files.ts stays the one reader of that). */
function builtSite(root: string): BuiltSite {
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return { paths, read: (path) => readFileSync(join(root, path), 'utf8') };
}

const [first, second] = process.argv.slice(2);
if (!first || !second) {
  process.stderr.write('Usage: node scripts/compare-builds.ts <first build folder> <second build folder>\n');
  process.exit(2);
}
const differences = compareSites(builtSite(first), builtSite(second));
process.stdout.write(formatDifferences(differences));
process.exit(differences.length === 0 ? 0 : 1);
