/**
 * The dashboard's conclusion in plain French (chapter 11): result, CA minimum, then the weakest
 * step named by the campaign's one diagnosis (diagnostic.ts, on rates: the same as chapter 10's),
 * then the spending against the budget. Apart from tableau-saisi.ts: it loads as it nears the screen.
 */
import { formatNombre } from '../commun/nombres.ts';
import { accorder } from '../commun/accord.ts';
import { diagnostiquerCampagne } from './diagnostic.ts';
import { COMPTES, montant, tauxAffiche, type ResultatTableauDeBord } from './tableau-saisi.ts';

type Montant = (n: number) => string;
type LigneTableau = ResultatTableauDeBord['lignes'][number];

/** The result: a loss, break-even or a profit, with the ROI on the margin when there is one. */
function phraseResultat(
  r: ResultatTableauDeBord,
  m: Montant,
  marge: LigneTableau,
  cout: LigneTableau,
) {
  const roiTexte =
    r.realise.roi === undefined
      ? ''
      : `, soit un ROI de ${tauxAffiche(r.realise.roi)} sur la marge`;
  if (r.realise.resultat < 0)
    return `L’opération perd ${m(-r.realise.resultat)}\u202f: la marge générée (${m(marge.realise)}) ne paie pas son coût (${m(cout.realise)})${roiTexte}.`;
  if (r.realise.resultat === 0)
    return `L’opération est tout juste à l’équilibre\u202f: sa marge (${m(marge.realise)}) paie exactement son coût.`;
  return `L’opération est rentable\u202f: elle dégage ${m(r.realise.resultat)} une fois son coût (${m(cout.realise)}) payé par la marge (${m(marge.realise)})${roiTexte}.`;
}

/** The CA minimum reached or not, and the clients it would have taken when they were too few. */
function phraseCaMinimum(r: ResultatTableauDeBord, m: Montant) {
  if (r.manqueCa <= 0)
    return `Le CA minimum de ${m(r.caMinimum)} est atteint, avec ${m(-r.manqueCa)} d’avance.`;
  const clients = r.lignes.find((l) => l.ligne === 'commandes')!.realise;
  const manqueClients =
    r.clientsPourRentabiliser !== undefined && r.clientsPourRentabiliser > clients
      ? ` Il aurait fallu ${accorder(r.clientsPourRentabiliser, 'client', 'clients')} au lieu de ${formatNombre(clients, 0)} pour rentrer dans ses frais.`
      : '';
  return `Le CA minimum de ${m(r.caMinimum)} n’est pas atteint\u202f: il manque ${m(r.manqueCa)} de chiffre d’affaires.${manqueClients}`;
}

/** The spending against the budget, when it differs. */
function phrasesBudget(cout: LigneTableau, m: Montant): string[] {
  if (cout.ecart < 0) return [`Les dépenses restent ${m(-cout.ecart)} sous le budget prévu.`];
  if (cout.ecart > 0) return [`Les dépenses dépassent le budget prévu de ${m(cout.ecart)}.`];
  return [];
}

/** The plain-French conclusion under the table: result, CA minimum, then strongest and weakest lines. */
export function conclureTableauDeBord(r: ResultatTableauDeBord): string[] {
  const m = (n: number) => montant(n, r.devise);
  const marge = r.lignes.find((l) => l.ligne === 'marge')!,
    cout = r.lignes.find((l) => l.ligne === 'cout')!;
  const diagnostic = diagnosticTableau(r);
  return [
    phraseResultat(r, m, marge, cout),
    phraseCaMinimum(r, m),
    diagnostic
      ? diagnostic.phrase
      : 'Les objectifs de l’entonnoir doivent décroître d’une étape à l’autre pour comparer les taux d’étape.',
    ...phrasesBudget(cout, m),
  ];
}

/** The conclusion's diagnosis: the objectives' stage rates (or the plan's, when they came from it) against the realised counts. */
export function diagnosticTableau(r: ResultatTableauDeBord) {
  const objectifs = COMPTES.map((l) => r.lignes.find((x) => x.ligne === l)!.objectif);
  const reels = COMPTES.map((l) => r.lignes.find((x) => x.ligne === l)!.realise);
  const taux =
    r.tauxPrevus ?? objectifs.slice(1).map((o, i) => (objectifs[i] > 0 ? o / objectifs[i] : 0));
  const d = diagnostiquerCampagne({
    tauxPrevus: taux,
    effectifsReels: reels,
    contactsPrevus: objectifs[0],
  });
  return d.ok ? d.valeur : undefined;
}
