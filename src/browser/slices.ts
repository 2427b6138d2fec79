// Running long work in slices: a generator does a little and yields; the runner gives the page back its
// main thread whenever a slice has used its budget, so that no task of ours runs long.

/** Milliseconds a slice may run; far under the 50 ms that makes a long task. */
export const SLICE_MS = 8;

/** Yields to the event loop: scheduler.yield where the browser has it, a macrotask otherwise. */
export function nextSlice(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs a generator to its end, a slice at a time; `cancelled` stops it between slices. */
export async function runSliced<R>(work: Generator<unknown, R>, cancelled: () => boolean = () => false, budget = SLICE_MS): Promise<R | null> {
  let deadline = performance.now() + budget;
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await nextSlice();
      if (cancelled()) return null;
      deadline = performance.now() + budget;
    }
  }
}
