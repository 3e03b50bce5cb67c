/**
 * Post-build work that runs beside the other integrations' `astro:build:done` hooks instead of
 * before them: Pagefind indexes in its own process on the second core while the link check and the
 * CSP pass run here. `atomicDist` waits for all of it before it swaps the site in, so a failure
 * still fails the build and leaves the previous site in place.
 */

interface Task {
  name: string;
  done: Promise<void>;
}

const tasks: Task[] = [];

/** Start `work` now and let the build go on; its failure is reported by {@link finishBackgroundWork}. */
export function runInBackground(name: string, work: () => Promise<void>): void {
  const done = work();
  // Handled here so a build that fails elsewhere first does not also print an unhandled rejection.
  done.catch(() => {});
  tasks.push({ name, done });
}

/** Wait for every task started so far; throws the first failure (in start order) when any failed. */
export async function finishBackgroundWork(): Promise<void> {
  const started = tasks.splice(0);
  const results = await Promise.allSettled(started.map((task) => task.done));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
