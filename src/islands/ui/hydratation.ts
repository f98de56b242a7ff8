/**
 * Whether the island has mounted in the browser. Islands whose content depends on what this
 * browser stored (the company chosen, the imported file) render the server's version first:
 * Preact's hydration reuses the server's DOM without patching attributes (a <select>'s value, a
 * class), so a first client render that differs would leave a mixed, wrong DOM. The stored state
 * is rendered right after, as an ordinary update.
 */
import { useEffect, useState } from 'preact/hooks';

/** False during the server render and the hydrating render, true from the next render on. */
export function useMonte(): boolean {
  const [monte, setMonte] = useState(false);
  useEffect(() => setMonte(true), []);
  return monte;
}
