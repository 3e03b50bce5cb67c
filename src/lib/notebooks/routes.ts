import { folderPageSlug } from '../models/routes.ts';

/** A notebook file, by extension. */
export const NOTEBOOK_FILE = /\.ipynb$/i;

/**
 * The URL slug of a notebook from its path inside `notebooks/`: folders and name slugged as model
 * cards are (`eval/Error Analysis v2.ipynb` gives `eval/error-analysis-v2`). Empty when a part has
 * no letters or digits.
 */
export function notebookSlug(relativePath: string): string {
  return folderPageSlug(relativePath.replace(NOTEBOOK_FILE, ''));
}

/** Site-relative URL (without base) of a notebook's page, or of the list for ``. */
export function notebookUrl(slug = ''): string {
  return slug ? `/notebooks/${slug}/` : '/notebooks/';
}
