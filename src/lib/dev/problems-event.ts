/** What the dev server and the browser script (src/scripts/dev-problems.ts) say to each other over Vite's HMR socket. */

/** Server to page: the current list of problems, `{ problems: ShownProblem[] }` ([] when none). */
export const PROBLEMS_EVENT = 'labbook:problems';

/** Page to server, when it loads: send me the list. */
export const PROBLEMS_WANTED_EVENT = 'labbook:problems-wanted';

/** One problem as the page shows it. */
export interface ShownProblem {
  /** `til/x.md:3`. */
  where: string;
  /** What is wrong and what to do. */
  message: string;
  /** The text of that line, when the problem has one. */
  excerpt?: string;
}
