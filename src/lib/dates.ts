const LONG = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** `2026-11-02` as `Nov 2, 2026`. Days are calendar days, so UTC keeps them from shifting. */
export function formatDay(day: string): string {
  return LONG.format(new Date(`${day}T00:00:00Z`));
}

/** `2026-11` as `November 2026`. */
export function formatMonth(month: string): string {
  return MONTH.format(new Date(`${month}-01T00:00:00Z`));
}
