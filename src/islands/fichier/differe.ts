/**
 * A part of the island loaded on first use (a correction form, the RGPD check): it stays out of
 * the page's first JavaScript (45 KB budget), and comes from the browser cache the next time.
 */
import { useEffect, useState } from 'preact/hooks';

/** The module `charger` returns, once `actif` has been true; null until it arrives. */
export function useDiffere<T>(actif: boolean, charger: () => Promise<T>): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (actif && !module) void charger().then((m) => setModule(() => m));
  }, [actif, module]);
  return module;
}
