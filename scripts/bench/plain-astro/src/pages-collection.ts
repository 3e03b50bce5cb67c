// The baseline's one collection, typed loosely: `astro check` of the Labbook project also reads
// this folder, against Labbook's collections, where 'pages' does not exist.
import * as content from 'astro:content';

/** An entry of the `pages` collection, as far as the template uses it. */
export interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/** Every entry of `pages`. */
export const getPages = () => (content.getCollection as unknown as (name: string) => Promise<Entry[]>)('pages');

/** An entry's rendered Markdown as a component. */
export const renderEntry = (entry: Entry) =>
  (content.render as unknown as (entry: Entry) => Promise<{ Content: (props: Record<string, never>) => unknown }>)(entry);
