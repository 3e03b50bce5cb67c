/**
 * Diagrams from every document being rendered at the same time go into shared batches: Astro
 * renders ten files at once, and each batch costs one page load of Mermaid (most of a render's
 * time), so batching across documents, not just within one, is what makes a cold build fast. The
 * same diagram asked for twice while it renders is rendered once.
 */

export interface QueueOptions<Job> {
  /** Render a batch; one result per job, in order. A rejection fails every job of the batch. */
  run: (jobs: Job[]) => Promise<unknown[]>;
  /** Most jobs in one batch. */
  maxBatch: number;
  /** Most batches rendering at once. */
  maxInFlight: number;
  /** How long the first job of a batch waits for others to join, in ms. */
  windowMs: number;
}

interface Waiting<Job> {
  job: Job;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** A queue that renders jobs in batches; `render(job, key)` resolves with the job's result. */
export function createRenderQueue<Job, Result>(options: QueueOptions<Job>) {
  const waiting: Waiting<Job>[] = [];
  const byKey = new Map<string, Promise<Result>>();
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const pump = () => {
    while (inFlight < options.maxInFlight && waiting.length > 0) {
      const batch = waiting.splice(0, options.maxBatch);
      inFlight += 1;
      options
        .run(batch.map((entry) => entry.job))
        .then(
          (results) => batch.forEach((entry, i) => entry.resolve(results[i])),
          (error: unknown) => batch.forEach((entry) => entry.reject(error)),
        )
        .finally(() => {
          inFlight -= 1;
          pump();
        });
    }
  };

  return {
    render(job: Job, key: string): Promise<Result> {
      const known = byKey.get(key);
      if (known) return known;
      const result = new Promise<Result>((resolve, reject) => {
        waiting.push({ job, resolve: resolve as (result: unknown) => void, reject });
      });
      byKey.set(key, result);
      const forget = () => byKey.delete(key);
      result.then(forget, forget);
      timer ??= setTimeout(() => {
        timer = undefined;
        pump();
      }, options.windowMs);
      return result;
    },
  };
}
