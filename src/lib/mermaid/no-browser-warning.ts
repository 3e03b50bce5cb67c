/**
 * One warning per build when diagrams fall back to the reader's browser, saying how to get SVG at
 * build time instead. Once per process, not per diagram: the cause is the machine, not the note.
 */
let warned = false;

/** The warning text for `reason` (e.g. "no Chromium or Chrome was found"). */
export function noBrowserMessage(reason: string): string {
  return (
    `[labbook] mermaid: ${reason}, so diagrams are drawn in the reader's browser (those pages load Mermaid, about 3 MB). ` +
    'For build-time SVG, install a Chromium (`npx playwright install chromium`, or `apt-get install chromium`) ' +
    'or set LABBOOK_CHROMIUM to a Chromium or Chrome executable.'
  );
}

/** Warn about `reason` unless this process already did. */
export function warnNoBrowser(reason: string, warn: (message: string) => void = console.warn): void {
  if (warned) return;
  warned = true;
  warn(noBrowserMessage(reason));
}

/** Forget that the warning was given (tests). */
export function resetNoBrowserWarning(): void {
  warned = false;
}
