/**
 * The wording of everything `labbook readme` tells the user, in one place so tests can pin it.
 * Each message says what happened and what to do; the CLI puts `file:line: ` (or the feed URL) first.
 */

/** The line that opens the generated list in a README. */
export const START_MARKER = '<!-- labbook:start -->';
/** The line that closes it. */
export const END_MARKER = '<!-- labbook:end -->';

type Kind = 'start' | 'end';
const markerText = (kind: Kind) => (kind === 'start' ? START_MARKER : END_MARKER);
const MARKER_LINES = `    ${START_MARKER}\n    ${END_MARKER}`;
/** `1 and 4`, `1, 4 and 9`. */
const listed = (lines: number[]) => (lines.length < 2 ? lines.join('') : `${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`);
/** Said by every failure: the README is never half-updated. */
const UNCHANGED = 'nothing was written';

/** Marker problems in the README. */
export const markerMessages = {
  missing: (ignored: { line: number; fenceLine?: number }[]) => {
    const why = ignored.map(({ line, fenceLine }) =>
      fenceLine ? `line ${line} is inside the code block opened on line ${fenceLine}` : `line ${line} has it inside inline code`,
    );
    const note = why.length > 0 ? `\n  Markers in code are documentation, not markers: ${why.join('; ')}.` : '';
    return `no labbook markers found, ${UNCHANGED}. Add these two lines where the list of TILs should go, then run again:\n${MARKER_LINES}${note}`;
  },
  inline: (kind: Kind) =>
    `${markerText(kind)} must be alone on its line, and this line has other text; ${UNCHANGED}. Put the marker on a line of its own.`,
  twice: (kind: Kind, lines: number[]) =>
    `${markerText(kind)} appears on lines ${listed(lines)}; ${UNCHANGED}. Keep one ${START_MARKER} and one ${END_MARKER}, and delete the others.`,
  endMissing: (startLine: number) =>
    `${START_MARKER} has no ${END_MARKER} after it; ${UNCHANGED}. Add a line ${END_MARKER} below line ${startLine}, where the list should end.`,
  startMissing: (endLine: number) =>
    `${END_MARKER} has no ${START_MARKER} before it; ${UNCHANGED}. Add a line ${START_MARKER} above line ${endLine}, where the list should begin.`,
  order: (endLine: number, startLine: number) =>
    `${END_MARKER} (line ${endLine}) comes before ${START_MARKER} (line ${startLine}); ${UNCHANGED}. Swap the two lines: the start marker goes first.`,
};

/** Why a fetched document is not a feed (completes "not a JSON Feed, RSS 2.0 or Atom 1.0 document: ..."). */
export const notAFeedReasons = {
  empty: () => 'the response is empty',
  html: () => 'it is an HTML page',
  json: (reason: string) => `it is not valid JSON (${reason})`,
  jsonNotFeed: () => 'it is JSON without a JSON Feed "version" (https://jsonfeed.org/version/1.1) and "items" list',
  xml: (line: number, reason: string) => `it is not well-formed XML (line ${line}: ${reason})`,
  rssNoChannel: () => 'it is <rss> without a <channel>',
  xmlRoot: (root: string) => `its root element is <${root}>, expected <rss> (RSS 2.0) or <feed> (Atom 1.0)`,
  text: (start: string) => `it starts with ${JSON.stringify(start)}`,
};

/** Failures of the command itself: the file, the wiki's settings, the feed. */
export const readmeMessages = {
  targetMissing: (file: string) =>
    `${file} does not exist. Check --target, or create the file with the two marker lines:\n${MARKER_LINES}`,
  targetNotUtf8: (file: string) =>
    `${file} is not UTF-8 text; ${UNCHANGED}. Save it as UTF-8 (what GitHub expects of a README) and run again.`,
  targetChanged: (file: string) =>
    `${file} changed on disk while labbook readme was running; ${UNCHANGED}, so that change is kept. Run the command again.`,
  noSiteUrl: (config: string) =>
    `${config} has no \`url\`, so the README cannot link to the site's pages; ${UNCHANGED}. Set \`url\` there (e.g. url: https://acme.github.io), or read the published feed with --feed https://<owner>.github.io/<wiki>/feed.json.`,
  siteConfig: (details: string) => `${details}\nFix labbook.yaml, or read the published feed with --feed <url>; ${UNCHANGED}.`,
  feedUnreachable: (url: string, reason: string, file: string) =>
    `could not reach ${url} (${reason}); ${file} was not changed. Check the address and the network, then run again.`,
  feedTimeout: (url: string, seconds: number, file: string) =>
    `${url} did not answer within ${seconds} s; ${file} was not changed. Try again later, or check the address.`,
  feedHttp: (url: string, status: string, file: string) =>
    `${url} answered HTTP ${status}; ${file} was not changed. Check the address: a Labbook site publishes /feed.json when its labbook.yaml has \`url\`.`,
  feedTooLarge: (url: string, megabytes: number, file: string) =>
    `${url} sent more than ${megabytes} MB, far more than any feed of TILs; ${file} was not changed. Check that the address is the site's feed, e.g. https://<owner>.github.io/<wiki>/feed.json.`,
  notAFeed: (url: string, reason: string, file: string) =>
    `${url} is not a JSON Feed, RSS 2.0 or Atom 1.0 document: ${reason}; ${file} was not changed. Pass the feed's address, e.g. https://<owner>.github.io/<wiki>/feed.json.`,
  skipped: (title: string, reason: string) => `skipped ${JSON.stringify(title)}: ${reason}`,
  noItems: () => 'no TILs to list; the markers are left with nothing between them',
  noAuthor: (handle: string, from: string, known: readonly string[], file: string) =>
    `no TIL in ${from} names "${handle}" in \`authors\` (or \`author\`); ${file} was not changed. ${
      known.length ? `Authors named there: ${known.join(', ')}.` : 'No TIL there names an author yet: add `authors: [your-handle]` to your notes.'
    } Check the spelling, or leave out --author to list everyone's TILs.`,
};

/** Why one feed item is left out (completes `skipped "<title>": ...`). */
export const skipReasons = {
  noTitle: () => 'it has no title',
  noLink: () => 'it has no link',
  badLink: (link: string) => `its link ${JSON.stringify(link)} is not a valid URL`,
  scheme: (scheme: string) => `its link uses ${scheme}, and only http(s) links are written`,
};
