/**
 * Analysing a customer portfolio (course chapter 2, seed 002 §2.2.4–2.2.5).
 * - Méthode ABC (Pareto, « 20/80 »): clients sorted by decreasing turnover, cumulative share of
 *   the total. Convention chosen (sources disagree on the boundary): a client is A while the
 *   cumulative share *before* it is below the A threshold (80 % by default), so the client that
 *   crosses 80 % is A; B likewise up to 95 %; the rest is C. Ties keep their input order.
 *   The thresholds are checked by seuils-abc.ts (re-exported here), which a form can load alone.
 * - Indice de Gini: 1 − Σ (xₖ − xₖ₋₁)(yₖ + yₖ₋₁) on the cumulative (frequency, mass) points of
 *   the concentration curve (trapezoid method); 0 = equal shares, close to 1 = one client makes all.
 *   The absolute value is returned so a curve built from decreasing values (Pareto chart) gives
 *   the same index as the Lorenz curve built from increasing ones.
 * - RFM: Récence (days since the last purchase: shorter is better), Fréquence (purchases), Montant
 *   (turnover). Each gets a note 1–5 by quintiles, 5 = best. Convention: the percentile of a value
 *   is taken at its mid-rank (values below + half the equal ones), so equal values share a note and
 *   a lone or all-equal list gets the middle note 3.
 * - Segments RFM (on notes 1–5), read as the lesson reads the codes, each client in exactly one:
 *   « excellents » R ≥ 4, F ≥ 4 and M ≥ 4 (5-5-5: à choyer); « nouveaux » R ≥ 4 and F ≤ 2
 *   (5-1-1: à fidéliser); « à relancer » R ≤ 2 with F ≥ 3 or M ≥ 3 (1-5-5: a good client gone
 *   quiet); « perdus » R ≤ 2, F ≤ 2 and M ≤ 2 (1-1-1); « réguliers » everything else.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { verifierSeuilsABC, type SeuilsABC } from './seuils-abc.ts';
import { estFini } from '../commun/nombres.ts';

export { verifierSeuilsABC, type SeuilsABC };

/** An item to classify (a client, a product) with its value (turnover, margin…). */
export interface ElementABC {
  id: string;
  valeur: number;
}
/** ABC class. */
export type ClasseABC = 'A' | 'B' | 'C';
/** A classified item: rank 1 = largest value; `part` and `partCumulee` are fractions of the total. */
export interface LigneABC extends ElementABC {
  rang: number;
  part: number;
  partCumulee: number;
  classe: ClasseABC;
}

function verifierElements(
  elements: readonly ElementABC[],
  champ = 'elements',
): Resultat<readonly ElementABC[]> {
  if (!Array.isArray(elements)) return echec('La liste des éléments est absente.', champ);
  for (let i = 0; i < elements.length; i++) {
    const v = elements[i]?.valeur;
    if (!estFini(v)) return echec(`La valeur de la ligne ${i + 1} n’est pas un nombre.`, champ);
    if (v < 0)
      return echec(
        `La valeur de la ligne ${i + 1} est négative\u202f: la méthode ABC répartit des montants positifs.`,
        champ,
      );
  }
  return ok(elements);
}

/** Sorts by decreasing value and gives each item its share, cumulative share and ABC class. */
export function classerABC({
  elements,
  seuils = { a: 0.8, b: 0.95 },
}: {
  elements: readonly ElementABC[];
  seuils?: SeuilsABC;
}): Resultat<LigneABC[]> {
  const s = verifierSeuilsABC({ seuils });
  if (!s.ok) return s;
  const e = verifierElements(elements);
  if (!e.ok) return e;
  const tries = elements
    .map((el, i) => ({ el, i }))
    .sort((x, y) => y.el.valeur - x.el.valeur || x.i - y.i);
  const total = tries.reduce((t, x) => t + x.el.valeur, 0);
  let cumul = 0;
  return ok(
    tries.map(({ el }, i) => {
      // An all-zero list has no concentration: every item is shared equally and classed by count.
      const part = total > 0 ? el.valeur / total : 1 / tries.length;
      const avant = cumul;
      cumul = i === tries.length - 1 ? 1 : Math.min(1, cumul + part);
      const classe: ClasseABC =
        avant < s.valeur.a - 1e-12 ? 'A' : avant < s.valeur.b - 1e-12 ? 'B' : 'C';
      return { id: el.id, valeur: el.valeur, rang: i + 1, part, partCumulee: cumul, classe };
    }),
  );
}

/** Per class: number of items, share of the items and share of the value (« 20 % des clients font 80 % du CA »). */
export function syntheseABC({
  lignes,
}: {
  lignes: readonly LigneABC[];
}): Record<ClasseABC, { nombre: number; partElements: number; partValeur: number }> {
  const r = {
    A: { nombre: 0, partElements: 0, partValeur: 0 },
    B: { nombre: 0, partElements: 0, partValeur: 0 },
    C: { nombre: 0, partElements: 0, partValeur: 0 },
  };
  for (const l of lignes) {
    r[l.classe].nombre++;
    r[l.classe].partValeur += l.part;
  }
  for (const c of ['A', 'B', 'C'] as const)
    r[c].partElements = lignes.length ? r[c].nombre / lignes.length : 0;
  return r;
}

/** A point of a concentration curve: cumulative share of the items (x) and of the value (y), fractions. */
export interface PointConcentration {
  x: number;
  y: number;
}

/** The Lorenz curve of a list of values (sorted increasing), from (0, 0) to (1, 1). */
export function courbeDeLorenz({
  valeurs,
}: {
  valeurs: readonly number[];
}): Resultat<PointConcentration[]> {
  const e = verifierElements(
    (valeurs ?? []).map((valeur, i) => ({ id: String(i), valeur })),
    'valeurs',
  );
  if (!e.ok) return e;
  if (valeurs.length === 0) return echec('La liste des valeurs est vide.', 'valeurs');
  const v = [...valeurs].sort((a, b) => a - b);
  const total = v.reduce((t, x) => t + x, 0);
  const points: PointConcentration[] = [{ x: 0, y: 0 }];
  let cumul = 0;
  v.forEach((x, i) => {
    cumul += x;
    points.push({ x: (i + 1) / v.length, y: total > 0 ? cumul / total : (i + 1) / v.length });
  });
  points[points.length - 1] = { x: 1, y: 1 };
  return ok(points);
}

/** Between 0 and 100 %, both included. */
const cumulValide = (c: unknown): boolean => estFini(c) && c >= 0 && c <= 1;

/** What makes these points no concentration curve: cumuls out of range, falling, or not ending at (1, 1). */
function fauteDeCourbe(p: readonly PointConcentration[]): string | undefined {
  for (let k = 0; k < p.length; k++) {
    const { x, y } = p[k] ?? ({} as PointConcentration);
    if (!cumulValide(x) || !cumulValide(y))
      return `Le point ${k} doit avoir des cumuls compris entre 0 et 100\u202f%.`;
    if (k > 0 && (x < p[k - 1].x || y < p[k - 1].y))
      return `Les cumuls doivent croître d’un point au suivant (point ${k}).`;
  }
  const dernier = p[p.length - 1];
  if (Math.abs(dernier.x - 1) > 1e-6 || Math.abs(dernier.y - 1) > 1e-6)
    return 'Le dernier point doit être (100\u202f%, 100\u202f%).';
  return undefined;
}

/** Gini index from cumulative (frequency, mass) points, trapezoid method; (0, 0) is added if missing. */
export function indiceDeGini({
  points,
}: {
  points: readonly PointConcentration[];
}): Resultat<number> {
  if (!Array.isArray(points) || points.length === 0)
    return echec('Il faut au moins le point final (100\u202f%, 100\u202f%).', 'points');
  const p = points[0].x === 0 && points[0].y === 0 ? points : [{ x: 0, y: 0 }, ...points];
  const faute = fauteDeCourbe(p);
  if (faute) return echec(faute, 'points');
  let somme = 0;
  for (let k = 1; k < p.length; k++) somme += (p[k].x - p[k - 1].x) * (p[k].y + p[k - 1].y);
  return ok(Math.min(1, Math.abs(1 - somme)));
}

/** How concentrated a portfolio is: for each target share, the fewest top items that reach it. */
export interface Concentration {
  total: number;
  nombreElements: number;
  /** Share of the value held by the largest item (dependence on one client). */
  partDuPremier: number;
  paliers: { partVisee: number; nombre: number; partElements: number; partAtteinte: number }[];
  gini: number;
}

/** « n clients (p % du portefeuille) font X % du CA » for each target share, plus the Gini index. */
export function diagnosticConcentration({
  elements,
  parts = [0.5, 0.8, 0.95],
}: {
  elements: readonly ElementABC[];
  parts?: readonly number[];
}): Resultat<Concentration> {
  const e = verifierElements(elements);
  if (!e.ok) return e;
  if (elements.length === 0)
    return echec('Le portefeuille est vide\u202f: il n’y a rien à analyser.', 'elements');
  for (const x of parts)
    if (!estFini(x) || x <= 0 || x > 1)
      return echec('Chaque part visée doit être comprise entre 0 (exclu) et 100\u202f%.', 'parts');
  const lignes = classerABC({ elements }) as { ok: true; valeur: LigneABC[] };
  const total = elements.reduce((t, x) => t + x.valeur, 0);
  const paliers = parts.map((partVisee) => {
    const i = lignes.valeur.findIndex((l) => l.partCumulee >= partVisee - 1e-12);
    const k = i < 0 ? lignes.valeur.length - 1 : i;
    return {
      partVisee,
      nombre: k + 1,
      partElements: (k + 1) / elements.length,
      partAtteinte: lignes.valeur[k].partCumulee,
    };
  });
  const lorenz = courbeDeLorenz({ valeurs: elements.map((x) => x.valeur) });
  const gini = lorenz.ok ? indiceDeGini({ points: lorenz.valeur }) : lorenz;
  return ok({
    total,
    nombreElements: elements.length,
    partDuPremier: lignes.valeur[0].part,
    paliers,
    gini: gini.ok ? gini.valeur : 0,
  });
}

/** RFM inputs of a client: days since the last purchase, number of purchases, amount bought. */
export interface ClientRFM {
  id: string;
  recence: number;
  frequence: number;
  montant: number;
}
/** RFM notes of a client (5 = best), their sum out of 15 (with 5 classes) and the code « 543 ». */
export interface NotesRFM {
  id: string;
  noteRecence: number;
  noteFrequence: number;
  noteMontant: number;
  total: number;
  code: string;
}

/** Note of each value by quantiles (mid-rank percentile); `plusPetitMieux` reverses the order (recency). */
function notesParQuantiles(
  valeurs: readonly number[],
  classes: number,
  plusPetitMieux: boolean,
): number[] {
  const tries = [...valeurs].sort((a, b) => a - b);
  const n = tries.length;
  const borne = (v: number, strict: boolean) => {
    // number of sorted values < v (strict) or ≤ v
    let lo = 0,
      hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (strict ? tries[m] < v : tries[m] <= v) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  return valeurs.map((v) => {
    const moins = borne(v, true),
      egaux = borne(v, false) - moins;
    const dessous = plusPetitMieux ? n - moins - egaux : moins; // values worse than v
    // Integer numerator and denominator: an exact boundary stays exact in floating point.
    return Math.min(classes, Math.max(1, Math.ceil(((2 * dessous + egaux) * classes) / (2 * n))));
  });
}

const NOMS_RFM = {
  recence: 'La récence',
  frequence: 'La fréquence',
  montant: 'Le montant',
} as const;

/** The first recency, frequency or amount that is not a number ≥ 0, said in French. */
function fauteRFM(clients: readonly ClientRFM[]): string | undefined {
  for (let i = 0; i < clients.length; i++) {
    for (const k of ['recence', 'frequence', 'montant'] as const) {
      const v = clients[i]?.[k];
      if (!estFini(v) || v < 0)
        return `${NOMS_RFM[k]} du client ${i + 1} doit être un nombre positif ou nul.`;
    }
  }
  return undefined;
}

/** RFM notes 1–`classes` by quantiles for each client (5 = shortest recency, highest frequency and amount). */
export function notesRFM({
  clients,
  classes = 5,
}: {
  clients: readonly ClientRFM[];
  classes?: number;
}): Resultat<NotesRFM[]> {
  if (!Number.isInteger(classes) || classes < 2 || classes > 9)
    return echec('Le nombre de classes doit être un entier de 2 à 9.', 'classes');
  if (!Array.isArray(clients)) return echec('La liste des clients est absente.', 'clients');
  const faute = fauteRFM(clients);
  if (faute) return echec(faute, 'clients');
  const r = notesParQuantiles(
    clients.map((c) => c.recence),
    classes,
    true,
  );
  const f = notesParQuantiles(
    clients.map((c) => c.frequence),
    classes,
    false,
  );
  const m = notesParQuantiles(
    clients.map((c) => c.montant),
    classes,
    false,
  );
  return ok(
    clients.map((c, i) => ({
      id: c.id,
      noteRecence: r[i],
      noteFrequence: f[i],
      noteMontant: m[i],
      total: r[i] + f[i] + m[i],
      code: `${r[i]}${f[i]}${m[i]}`,
    })),
  );
}

/** The RFM segments of the course, in the order they are shown. */
export const SEGMENTS_RFM = [
  'excellents',
  'reguliers',
  'nouveaux',
  'a-relancer',
  'perdus',
] as const;
/** A RFM segment. */
export type SegmentRFM = (typeof SEGMENTS_RFM)[number];

/** The segment of a client from its notes 1–5 (see the module comment for the rules). */
export function segmentRFM({
  notes,
}: {
  notes: Pick<NotesRFM, 'noteRecence' | 'noteFrequence' | 'noteMontant'>;
}): SegmentRFM {
  const { noteRecence: r, noteFrequence: f, noteMontant: m } = notes;
  if (r >= 4 && f >= 4 && m >= 4) return 'excellents';
  if (r >= 4 && f <= 2) return 'nouveaux';
  if (r <= 2) return f >= 3 || m >= 3 ? 'a-relancer' : 'perdus';
  return 'reguliers';
}

/** Per segment: clients, their share of the clients and of the amount, in the order of `SEGMENTS_RFM`. */
export function repartitionRFM({ clients }: { clients: readonly ClientRFM[] }): Resultat<
  {
    segment: SegmentRFM;
    ids: string[];
    nombre: number;
    part: number;
    montant: number;
    partMontant: number;
  }[]
> {
  const notes = notesRFM({ clients });
  if (!notes.ok) return notes;
  const total = clients.reduce((t, c) => t + c.montant, 0);
  const r = SEGMENTS_RFM.map((segment) => ({
    segment,
    ids: [] as string[],
    nombre: 0,
    part: 0,
    montant: 0,
    partMontant: 0,
  }));
  notes.valeur.forEach((n, i) => {
    const s = r[SEGMENTS_RFM.indexOf(segmentRFM({ notes: n }))];
    s.ids.push(n.id);
    s.nombre++;
    s.montant += clients[i].montant;
  });
  for (const s of r) {
    s.part = clients.length ? s.nombre / clients.length : 0;
    s.partMontant = total > 0 ? s.montant / total : 0;
  }
  return ok(r);
}
