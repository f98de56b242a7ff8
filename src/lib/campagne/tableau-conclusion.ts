/**
 * The dashboard's conclusion in plain French (chapter 11): result, CA minimum, then the weakest
 * step named by the campaign's one diagnosis (diagnostic.ts, on rates: the same as chapter 10's),
 * then the spending against the budget. Apart from tableau-saisi.ts: it loads as it nears the screen.
 */
import { formatNombre } from '../commun/nombres.ts';
import { accorder } from '../commun/accord.ts';
import { diagnostiquerCampagne } from './diagnostic.ts';
import { COMPTES, montant, tauxAffiche, type ResultatTableauDeBord } from './tableau-saisi.ts';

/** The plain-French conclusion under the table: result, CA minimum, then strongest and weakest lines. */
export function conclureTableauDeBord(r: ResultatTableauDeBord): string[] {
  const m = (n: number) => montant(n, r.devise);
  const marge = r.lignes.find((l) => l.ligne === 'marge')!,
    cout = r.lignes.find((l) => l.ligne === 'cout')!;
  const roiTexte =
    r.realise.roi === undefined
      ? ''
      : `, soit un ROI de ${tauxAffiche(r.realise.roi)} sur la marge`;
  const phrases: string[] = [];
  if (r.realise.resultat < 0)
    phrases.push(
      `L’opération perd ${m(-r.realise.resultat)}\u202f: la marge générée (${m(marge.realise)}) ne paie pas son coût (${m(cout.realise)})${roiTexte}.`,
    );
  else if (r.realise.resultat === 0)
    phrases.push(
      `L’opération est tout juste à l’équilibre\u202f: sa marge (${m(marge.realise)}) paie exactement son coût.`,
    );
  else
    phrases.push(
      `L’opération est rentable\u202f: elle dégage ${m(r.realise.resultat)} une fois son coût (${m(cout.realise)}) payé par la marge (${m(marge.realise)})${roiTexte}.`,
    );

  const manqueClients =
    r.clientsPourRentabiliser === undefined
      ? ''
      : ` Il aurait fallu ${accorder(r.clientsPourRentabiliser, 'client', 'clients')} au lieu de ${formatNombre(r.lignes[4].realise, 0)} pour rentrer dans ses frais.`;
  phrases.push(
    r.manqueCa > 0
      ? `Le CA minimum de ${m(r.caMinimum)} n’est pas atteint\u202f: il manque ${m(r.manqueCa)} de chiffre d’affaires.${r.clientsPourRentabiliser !== undefined && r.clientsPourRentabiliser > r.lignes[4].realise ? manqueClients : ''}`
      : `Le CA minimum de ${m(r.caMinimum)} est atteint, avec ${m(-r.manqueCa)} d’avance.`,
  );

  const diagnostic = diagnosticTableau(r);
  if (diagnostic) phrases.push(diagnostic.phrase);
  else
    phrases.push(
      'Les objectifs de l’entonnoir doivent décroître d’une étape à l’autre pour comparer les taux d’étape.',
    );
  if (cout.ecart < 0) phrases.push(`Les dépenses restent ${m(-cout.ecart)} sous le budget prévu.`);
  else if (cout.ecart > 0)
    phrases.push(`Les dépenses dépassent le budget prévu de ${m(cout.ecart)}.`);
  return phrases;
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
