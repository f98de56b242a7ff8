/**
 * The browser's localStorage, or null when it is blocked. Apart from stockage-sur.ts (the engine
 * every persistent store writes through) so that « Mon dossier », which only keeps a journal of
 * unsaved edits there, does not ship the engine (ARCHITECTURE budgets).
 */
import type { StockageBrut } from './stockage-sur.ts';

/** The browser's localStorage, or null when reading it throws (blocked site data). */
export function stockageDuNavigateur(): StockageBrut | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    s.getItem('atelier:v1:entreprise'); // some browsers only throw on first use
    return s;
  } catch {
    return null;
  }
}
