/**
 * The planted quality problems: documented with ids that exist, as many as the generator planned,
 * found again by independent checks, and found exactly — no more, no less — by the library's
 * quality report (src/lib/fichier/qualite.ts `rapportQualite`).
 */
import { describe, expect, it } from 'vitest';
import { ajouterAns, jourDepuisISO } from '../../../src/lib/commun/dates.ts';
import {
  emailValide,
  telephoneValide,
  villeCorrespondAuCodePostal,
} from '../../../src/lib/fichier/coordonnees.ts';
import {
  rapportQualite,
  TYPES_PROBLEME,
  TYPES_PROBLEME_PLANTES,
} from '../../../src/lib/fichier/qualite.ts';
import { PROFILS } from '../../../outils/generate-datasets.ts';
import { dataset, IDS } from './aide-datasets.ts';

const trier = (g: readonly string[][]) =>
  g.map((x) => [...x].sort()).sort((a, b) => a[0].localeCompare(b[0]));

describe.each(IDS)('planted problems of %s', (id) => {
  const d = dataset(id);
  const plan = PROFILS.find((p) => p.entreprise.id === id)!.prospects.plan;
  const plantes = new Map(d.entreprise.problemesPlantes.map((p) => [p.type, p]));
  const ids = (type: string) => plantes.get(type as never)?.ids ?? [];

  it('documents ids that exist, each kind once, groups covering exactly the ids', () => {
    const existants = new Set(d.prospects.map((p) => p.id));
    expect(new Set(d.entreprise.problemesPlantes.map((p) => p.type)).size).toBe(
      d.entreprise.problemesPlantes.length,
    );
    for (const p of d.entreprise.problemesPlantes) {
      for (const x of p.ids) expect(existants.has(x), `${p.type} ${x}`).toBe(true);
      if (p.type.startsWith('doublon')) expect(p.groupes!.flat().sort()).toEqual([...p.ids].sort());
    }
  });

  it('plants as many problems as the generator planned', () => {
    expect(
      plantes
        .get('doublon-exact')!
        .groupes!.map((g) => g.length)
        .sort(),
    ).toEqual([...plan.doublonsExacts].sort());
    expect(plantes.get('doublon-probable')!.groupes!.map((g) => g.length)).toEqual(
      Array(plan.doublonsProbables).fill(2),
    );
    expect(ids('telephone-manquant')).toHaveLength(plan.telephoneManquant);
    expect(ids('email-manquant')).toHaveLength(plan.emailManquant);
    expect(ids('email-invalide')).toHaveLength(plan.emailInvalide);
    expect(ids('telephone-invalide')).toHaveLength(plan.telephoneInvalide);
    expect(ids('contact-perime')).toHaveLength(plan.contactPerime);
    expect(ids('bloctel')).toHaveLength(plan.bloctel);
    expect(ids('opposition')).toHaveLength(plan.opposition);
    expect(ids('ville-code-postal')).toHaveLength(plan.villeCodePostal);
  });

  it('matches independent checks of the rows for every single-row problem', () => {
    const limite = ajouterAns(jourDepuisISO(d.entreprise.dateReference)!, -3);
    const ou = (f: (p: (typeof d.prospects)[number]) => boolean) =>
      d.prospects.filter(f).map((p) => p.id);
    expect(ou((p) => p.telephone.trim() === '')).toEqual(ids('telephone-manquant'));
    expect(ou((p) => p.email.trim() === '')).toEqual(ids('email-manquant'));
    expect(ou((p) => p.email !== '' && !emailValide({ email: p.email }))).toEqual(
      ids('email-invalide'),
    );
    expect(
      ou((p) => p.telephone !== '' && !telephoneValide({ telephone: p.telephone, pays: p.pays })),
    ).toEqual(ids('telephone-invalide'));
    expect(ou((p) => jourDepuisISO(p.dateDernierContact)! < limite)).toEqual(ids('contact-perime'));
    expect(ou((p) => p.bloctel)).toEqual(ids('bloctel'));
    expect(ou((p) => p.opposition)).toEqual(ids('opposition'));
    expect(
      ou(
        (p) =>
          villeCorrespondAuCodePostal({
            ville: p.ville,
            codePostal: p.codePostal,
            pays: p.pays,
          }) !== true,
      ),
    ).toEqual(ids('ville-code-postal'));
  });

  it('is found exactly by the quality report of the library, kind by kind', () => {
    const r = rapportQualite({ prospects: d.prospectsLib, aujourdhui: d.entreprise.dateReference });
    if (!r.ok) throw new Error(r.erreur.message);
    const trouves = new Map<string, string[][]>();
    for (const p of r.valeur.problemes)
      trouves.set(p.type, [...(trouves.get(p.type) ?? []), p.ids]);
    for (const type of TYPES_PROBLEME) {
      const p = plantes.get(type as never);
      const attendus = p ? (p.groupes ?? p.ids.map((x) => [x])) : [];
      expect(trier(trouves.get(type) ?? []), type).toEqual(trier(attendus));
    }
  });

  it('plants only kinds the quality report knows, and Bloctel only on French consumers', () => {
    for (const t of TYPES_PROBLEME_PLANTES) expect(TYPES_PROBLEME).toContain(t);
    for (const x of ids('bloctel'))
      expect(d.prospects.find((p) => p.id === x)).toMatchObject({ type: 'B2C', pays: 'FR' });
  });
});
