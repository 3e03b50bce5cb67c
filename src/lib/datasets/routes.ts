/** Site-relative URLs (without base) of dataset cards; slugs come from folderPageSlug (src/lib/models/routes.ts). */
export const datasetUrls = {
  index: '/datasets/',
  card: (slug: string) => `/datasets/${slug}/`,
};
