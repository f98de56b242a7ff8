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
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** False during the server render and the hydrating render, true from the next render on. */
export function useMonte(): boolean {
  const [monte, setMonte] = useState(false);
  useLayoutEffect(() => setMonte(true), []);
  return monte;
}

/**
 * A field's ref that hands the store what the learner typed or picked before the island's script
 * ran. Hydration keeps the server's field as the learner left it, but no listener told the store,
 * and the next render (the stored figures) put the old value back. At hydration the field is
 * compared with what this first render holds (`rendu`: the value of a text field or a select, the
 * `checked` of a radio or checkbox); if it differs, the field fires what a browser fires on a
 * change (input, then change), so the island's own handler stores it. A radio fires only when it
 * became checked (the click unchecked its neighbour, whose handler must not run); a checkbox
 * whenever it changed, either way (ch 8's « Action lourde » is rendered checked). A textarea takes
 * useZoneDeTexte, below.
 */
export function useSaisiePrecoce<E extends HTMLElement = HTMLInputElement>(
  rendu: string | boolean,
) {
  const champ = useRef<E>(null);
  useLayoutEffect(() => {
    const c = champ.current as HTMLInputElement | null;
    if (!c) return;
    const change =
      typeof rendu === 'string'
        ? c.value !== rendu
        : c.checked !== rendu && (c.type === 'checkbox' || c.checked);
    if (change) for (const type of ['input', 'change']) c.dispatchEvent(new Event(type));
  }, []);
  return champ;
}

/**
 * The props of a textarea the server renders: what the learner typed before hydration reaches
 * the store, as with useSaisiePrecoce. Preact, unlike for an input, sets a textarea's value while
 * hydrating, before any effect runs, so the hydrating render gives it no value (a defaultValue,
 * which hydration neither sets nor uses to drop the server's text): the typed text is still
 * there when the effect compares it; the server and the later renders give the value.
 */
export function useZoneDeTexte(valeur: string) {
  const monte = useMonte();
  const ref = useSaisiePrecoce<HTMLTextAreaElement>(valeur);
  return monte || typeof document == 'undefined'
    ? { ref, value: valeur }
    : { ref, defaultValue: valeur };
}
