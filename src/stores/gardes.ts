/**
 * The type guards the hand-written validators of stored state share (travail.ts, and
 * prospect-stocke.ts which the import loads on demand): one definition of « an object », « a
 * bounded text », « a finite number », « a field of a prospect ».
 */
import { CHAMPS_PROSPECT, type ChampProspect } from '../lib/commun/prospect.ts';

export type Objet = Record<string, unknown>;
export const estObjet = (v: unknown): v is Objet =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const texte = (v: unknown, max = 10_000): v is string =>
  typeof v === 'string' && v.length <= max;
export const nombre = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const champ = (v: unknown): v is ChampProspect =>
  typeof v === 'string' && (CHAMPS_PROSPECT as readonly string[]).includes(v);
