import { z } from 'zod';

/**
 * The view model of one notebook page (`notebooks/**\/*.ipynb`), as the notebook loader stores it
 * (src/loaders/notebook-loader.ts): everything is already read from the notebook's JSON, and its
 * HTML (cells through the Markdown pipeline, outputs sanitized) is the entry's rendered body.
 */
export const notebookSchema = z.object({
  /** `title` in the notebook's metadata, else its first Markdown heading, else its file name. */
  title: z.string(),
  /** `tags` in the notebook's metadata, if any. */
  tags: z.array(z.string()),
  /** The language of its code cells (kernelspec / language_info), lowercase: `python`, `r`, `julia`. */
  language: z.string(),
  /** The notebook's file, relative to the content folder. */
  file: z.string(),
  /** Its URL slug inside /notebooks/. */
  slug: z.string(),
  /** How many cells it has. */
  cells: z.number().int().nonnegative(),
  /** Output images, written next to the page under content-hashed names. */
  images: z.array(z.object({ name: z.string(), base64: z.string() })),
});

export type NotebookData = z.infer<typeof notebookSchema>;
