import type { APIRoute } from 'astro';
import { getNotebooks } from '../../../data/notebooks.ts';

/**
 * The output images of each notebook, written next to its page under content-hashed names
 * (`/notebooks/<slug>/output-<hash>.png`): the page links them as files, so its HTML and the
 * search index never carry base64.
 */
export async function getStaticPaths() {
  const notebooks = await getNotebooks();
  return notebooks.flatMap(({ data }) => data.images.map((image) => ({ params: { slug: data.slug, image: image.name }, props: { base64: image.base64 } })));
}

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml' };

export const GET: APIRoute = ({ props, params }) => {
  const bytes = Buffer.from((props as { base64: string }).base64, 'base64');
  const type = TYPES[String(params.image).split('.').pop() ?? ''] ?? 'application/octet-stream';
  return new Response(bytes, { headers: { 'Content-Type': type } });
};
