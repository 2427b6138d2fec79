// Running long work in slices: a generator does a little and yields; the runner gives the page back its
// main thread whenever a slice has used its budget, so that no task of ours runs long.

/** Milliseconds a slice may run; far under the 50 ms that makes a long task. */
export const SLICE_MS = 8;

/** What slices cost: main-thread time in all, and the longest single slice. */
export interface SliceMeter {
  busy: number;
  longest: number;
}

/** Yields to the event loop: scheduler.yield where the browser has it, a macrotask otherwise. */
export function nextSlice(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs a generator to its end, a slice at a time; `cancelled` stops it between slices. */
export async function runSliced<R>(
  work: Generator<unknown, R>,
  cancelled: () => boolean,
  meter?: SliceMeter,
  budget = SLICE_MS,
): Promise<R | null> {
  let start = performance.now();
  const end = () => {
    const took = performance.now() - start;
    if (meter) {
      meter.busy += took;
      meter.longest = Math.max(meter.longest, took);
    }
  };
  for (;;) {
    const step = work.next();
    if (step.done) {
      end();
      return step.value;
    }
    if (performance.now() - start >= budget) {
      end();
      await nextSlice();
      if (cancelled()) return null;
      start = performance.now();
    }
  }
}

/** Times a piece of synchronous work into a meter, as one slice. */
export function timed<R>(meter: SliceMeter, work: () => R): R {
  const start = performance.now();
  try {
    return work();
  } finally {
    const took = performance.now() - start;
    meter.busy += took;
    meter.longest = Math.max(meter.longest, took);
  }
}

/**
 * Resolves once the browser has drawn a frame (so the page's styles and layout are computed, and reading
 * them costs nothing), or after `timeout` in a tab that draws no frames because it is hidden.
 */
export function afterFirstFrame(timeout = 500): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeout);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
