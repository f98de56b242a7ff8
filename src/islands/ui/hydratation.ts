/**
 * Whether the island has mounted in the browser. Islands whose content depends on what this
 * browser stored (the company chosen, the imported file) render the server's version first:
 * Preact's hydration reuses the server's DOM without patching attributes (a <select>'s value, a
 * class), so a first client render that differs would leave a mixed, wrong DOM. The stored state
 * is rendered right after, as an ordinary update.
 * That update is set off by a layout effect, so it runs in the same task as the hydration (Preact
 * renders a state change in a microtask): no key the learner presses can land between the two.
 * With a plain effect it ran a frame later, and a rate typed in that gap was overwritten by the
 * company's own figures or merged with them (« 4030 » for 30 in ch 9).
 */
import { useLayoutEffect, useState } from 'preact/hooks';

/** False during the server render and the hydrating render, true from the next render on. */
export function useMonte(): boolean {
  const [monte, setMonte] = useState(false);
  useLayoutEffect(() => setMonte(true), []);
  return monte;
}
