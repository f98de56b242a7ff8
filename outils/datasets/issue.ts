/**
 * The outcome of the past campaign at the rates of its method (issue 14). The interest model of
 * prospects.ts marks the rows engaged enough to sign (`converti`, 8–15 % of the file) and those that
 * asked for a quote; a phone-led campaign turns far fewer of them into orders: a few orders per 100
 * rows called, a rendez-vous for a fifth to a quarter of the people reached, an order for a quarter
 * to a third of the rendez-vous (the course's ratios, chapter 10). This step keeps, among those
 * rows, the ones that really signed and the quotes that were really asked for.
 * Drawn from a stream of its own (`<seed>:<id>:issue`) once the rows are final, and it only turns
 * `oui` into `non`: identities, contact details, sources and temperatures keep their bytes, and so
 * do the lessons, dialogues and exercises that quote them.
 * Why it looks the way it does:
 * - the rows that sign are drawn among the engaged ones with weights (hot above lukewarm above
 *   cold, a quote doubles the weight, a warm source — a referral above all, « la référence
 *   dynamique » of the course — signs more readily than a bought file): a scoring grid still
 *   beats chance in the backtest, and each source keeps its rank;
 * - an engaged row that did not sign keeps its quote with a chance that follows its temperature
 *   (a hot prospect met at a rendez-vous often gets a written proposal, a cold one seldom);
 * - a row that no longer signs goes back to its campaign contact: its last exchange is the day the
 *   campaign ended at the latest (the meeting to sign never happened).
 */
import type { Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import type { Prospect } from '../../src/lib/commun/prospect.ts';
import type { IssueDeLaCampagne } from './modele.ts';
import { CHALEUR } from './prospects.ts';
import { bernoulli, iso, jour } from './outils.ts';

/** Weight of an engaged row in the draw of the rows that signed. */
const POIDS = { suspect: 0, froid: 1, tiede: 2, chaud: 4 } as const;

/** The rows with the campaign's real outcome: `commandes × nombre` orders, thinner quotes. */
export function tirerIssue(
  alea: Aleatoire,
  issue: IssueDeLaCampagne,
  prospects: readonly Prospect[],
  finCampagne: string,
): Prospect[] {
  const engages = prospects.filter((p) => p.converti);
  // Efraimidis–Spirakis keys u^(1/w): an exact count, drawn without replacement with weights.
  const cles = new Map(
    engages.map((p) => [
      p.id,
      Math.log(alea()) /
        (POIDS[p.temperature] * (p.demandeDevis ? 2 : 1) * Math.exp(3 * CHALEUR[p.source])),
    ]),
  );
  const signes = new Set(
    [...engages]
      .sort((a, b) => cles.get(b.id)! - cles.get(a.id)!)
      .slice(0, Math.round(issue.commandes * prospects.length))
      .map((p) => p.id),
  );
  const fin = jour(finCampagne);
  return prospects.map((p) => {
    if (signes.has(p.id)) return p;
    const devis = p.demandeDevis && bernoulli(alea, issue.devisGardes[p.temperature]);
    if (!p.converti && devis === p.demandeDevis) return p;
    return {
      ...p,
      converti: false,
      demandeDevis: devis,
      dateDernierContact: p.converti
        ? iso(Math.min(jour(p.dateDernierContact), fin))
        : p.dateDernierContact,
    };
  });
}
