/**
 * How long a diagram is allowed to take, counted so that a busy machine does not fail a correct
 * build: the clock runs only while Mermaid is drawing (not while Chromium starts, a page loads
 * Mermaid or a batch waits in the queue), and it restarts for every diagram of a batch, so each
 * diagram gets the whole limit whatever came before it.
 */

export interface DrawWatchdog {
  /** A diagram starts drawing: (re)start the clock. */
  drawing(): void;
  /** Nothing is drawing any more: stop the clock for good. */
  stop(): void;
  /** Resolves when one diagram has been drawing for the whole limit. */
  readonly expired: Promise<void>;
}

/** A watchdog that fires `limitMs` after the last {@link DrawWatchdog.drawing}, never before the first. */
export function drawWatchdog(limitMs: number): DrawWatchdog {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let fire: () => void = () => undefined;
  const expired = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return {
    drawing() {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(fire, limitMs);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    expired,
  };
}
