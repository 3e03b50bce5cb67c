import type { APIRoute, GetStaticPaths } from 'astro';
import { urls } from '../lib/routes.ts';
import { site } from './site.ts';
import { getWiki, type TilView } from './wiki.ts';
import { feedTitles } from '../lib/feeds/links.ts';
import { FEED_FORMATS, type FeedFormat, type FeedInfo } from '../lib/feeds/model.ts';
import { feedResponse } from '../lib/feeds/render.ts';
import { absoluteUrl, tilFeedItems, type SiteLocation } from '../lib/feeds/til-items.ts';

/**
 * Where the site lives, or undefined when labbook.yaml has no `url`. Then feeds are not
 * published: a body-less response makes `astro build` write no file (the sitemap integration
 * prints the one warning about it).
 */
function siteLocation(): SiteLocation | undefined {
  const { url, base } = site;
  return url ? { url, base } : undefined;
}

const NOT_PUBLISHED = () => new Response(null, { status: 404 });

/** A feed of `tils` (newest first) published in the folder `path`, or nothing without `url`. */
async function feedOf(format: FeedFormat, path: string, title: string, description: string, tils: TilView[]): Promise<Response> {
  const location = siteLocation();
  if (!location) return NOT_PUBLISHED();
  const { tagsOf } = await getWiki();
  const info: FeedInfo = {
    title,
    description,
    siteUrl: absoluteUrl(location, path),
    feedUrl: absoluteUrl(location, `${path}${FEED_FORMATS[format].file}`),
    siteName: site.title,
  };
  return feedResponse(format, info, tilFeedItems(tils, location, { limit: site.feedLimit, tagsOf }));
}

/** The GET handler of the site's feed (`/rss.xml`, `/atom.xml`, `/feed.json`): the newest TILs. */
export function siteFeedRoute(format: FeedFormat): APIRoute {
  return async () => {
    const { tils } = await getWiki();
    return feedOf(format, '/', feedTitles.site(site.title), site.description ?? `The newest TILs of ${site.title}.`, tils);
  };
}

/** What a tag's feed route gets from {@link tagFeedPaths}. */
export interface TagFeedProps {
  name: string;
  tils: TilView[];
}

/** One path per tag (`/tags/<slug>/...`), none when the site has no `url`. */
export const tagFeedPaths: GetStaticPaths = async () => {
  if (!siteLocation()) return [];
  const { tags } = await getWiki();
  return tags.map((tag) => ({ params: { tag: tag.slug }, props: { name: tag.name, tils: tag.tils } satisfies TagFeedProps }));
};

/** The GET handler of a tag's feed (`/tags/<slug>/rss.xml` and so on). */
export function tagFeedRoute(format: FeedFormat): APIRoute<TagFeedProps> {
  return async ({ params, props }) => {
    const title = feedTitles.tag(site.title, props.name);
    return feedOf(format, urls.tag(params.tag ?? ''), title, `TILs tagged ${props.name} in ${site.title}, newest first.`, props.tils);
  };
}
