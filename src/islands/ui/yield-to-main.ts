/**
 * Gives the main thread back for a moment (input, paint), then resumes: a long computation cut
 * at such points never blocks a phone for one long task (Lighthouse's total blocking time counts
 * every task past 50 ms). `scheduler.yield()` resumes ahead of other tasks where it exists.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
