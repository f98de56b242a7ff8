/**
 * Draws the clean rows of a prospect file: distinct identities, contact details, source, dates,
 * temperature, engagement signals and the outcome of the past campaign.
 * Why it looks the way it does:
 * - no two names are within 2 edits of each other (after the quality report's own normalisation),
 *   so the only duplicates the report can find are the planted ones;
 * - temperature follows the fit with the offer and the warmth of the source, engagement follows
 *   temperature, and conversion follows fit and engagement with noise: a scoring grid built on
 *   these signals beats chance in the backtest without being perfect;
 * - suspects were never reached by the campaign (their last contact is their collection), every
 *   other row was reached during it: that is how campagne.json counts its funnel.
 */
import { normale, type Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import { ajouterAns } from '../../src/lib/commun/dates.ts';
import { levenshtein } from '../../src/lib/fichier/doublons.ts';
import {
  normaliserNomPersonne,
  normaliserRaisonSociale,
} from '../../src/lib/fichier/coordonnees.ts';
import type { Prospect, SourceProspect, Temperature } from '../../src/lib/commun/prospect.ts';
import { ecrireNumero, tirerNumero } from './lieux.ts';
import type { Identite, ProfilProspects } from './modele.ts';
import {
  bernoulli,
  iso,
  jour,
  jourEntre,
  melanger,
  poisson,
  slug,
  tirerPondere,
} from './outils.ts';

/** A row being built: the prospect, who it is, its national phone digits and its name key. */
export interface Fiche {
  p: Prospect;
  ident: Identite;
  numero: string;
  cle: string;
  role?: string;
}

/** The name a row is compared on, as the quality report reduces it. */
export function cleDeNom(i: Pick<Identite, 'type' | 'raisonSociale' | 'nom' | 'prenom'>): string {
  return i.type === 'B2B' && i.raisonSociale
    ? normaliserRaisonSociale({ raisonSociale: i.raisonSociale })
    : normaliserNomPersonne({ nom: i.nom, prenom: i.prenom });
}

/** Whether `cle` is at least 3 edits away from every key of `cles` (except `sauf`). */
export function assezLoin(cle: string, cles: readonly string[], sauf?: string): boolean {
  return cles.every((c) => c === sauf || levenshtein({ a: cle, b: c, max: 2 }) > 2);
}

/** `n` identities whose names are pairwise at least 3 edits apart (and apart from `exclues`). */
export function tirerIdentites(
  alea: Aleatoire,
  profil: ProfilProspects,
  n: number,
  exclues: string[] = [],
): Identite[] {
  const r: Identite[] = [];
  const cles = [...exclues];
  const personnes = new Set<string>();
  for (let essai = 0; r.length < n; essai++) {
    if (essai > n * 200)
      throw new Error(`Impossible de tirer ${n} noms distincts : listes de noms trop courtes.`);
    const i = profil.tirerIdentite(alea);
    const cle = cleDeNom(i);
    const personne = normaliserNomPersonne({ nom: i.nom, prenom: i.prenom });
    if (cle.length < 6 || personnes.has(personne) || !assezLoin(cle, cles)) continue;
    cles.push(cle);
    personnes.add(personne);
    r.push(i);
  }
  return r;
}

/** Warmth a source brings: a referral or a website request starts warmer than a bought file. */
export const CHALEUR: Readonly<Record<SourceProspect, number>> = {
  parrainage: 0.35,
  'site-web': 0.3,
  salon: 0.2,
  'force-de-vente': 0.15,
  marketing: 0.1,
  'reseau-social': 0.05,
  comptabilite: 0.05,
  annuaire: -0.1,
  'fichier-achete': -0.2,
};
/** Chance that a private person gave opt-in consent, by source. */
const CONSENTEMENT: Readonly<Record<SourceProspect, number>> = {
  'site-web': 0.85,
  marketing: 0.75,
  parrainage: 0.7,
  salon: 0.7,
  'reseau-social': 0.55,
  'force-de-vente': 0.5,
  comptabilite: 0.4,
  'fichier-achete': 0.45,
  annuaire: 0.15,
};

/** An e-mail address for an identity, unique in `deja`. */
export function tirerEmail(
  alea: Aleatoire,
  i: Identite,
  domaines: readonly string[],
  deja: Set<string>,
  eviter?: string,
): string {
  const p = slug(i.prenom, '.'),
    n = slug(i.nom, '');
  for (let k = 0; k < 200; k++) {
    let e: string;
    if (i.type === 'B2B' && i.domaine) {
      const local =
        k === 0 && !eviter
          ? tirerPondere(alea, [
              [`${p}.${n}`, 5],
              [`${p[0]}.${n}`, 3],
              [`${p[0]}${n}`, 1],
            ] as const)
          : [
              'contact',
              'achats',
              'direction',
              'info',
              'accueil',
              `${p}.${n}`,
              `${n}.${p}`,
              `${p}${k}`,
            ][k % 8];
      e = `${local}@${i.domaine}`;
    } else {
      const suffixe = k === 0 ? '' : String(entre(alea, 1, 99));
      const local = tirerPondere(alea, [
        [`${p}.${n}`, 5],
        [`${p}${n}`, 2],
        [`${p[0]}.${n}`, 2],
        [`${n}.${p}`, 1],
      ] as const);
      e = `${local}${suffixe}@${domaines[Math.floor(alea() * domaines.length)]}`;
    }
    if (e !== eviter && !deja.has(e)) {
      deja.add(e);
      return e;
    }
  }
  throw new Error(`Pas d’adresse libre pour ${i.prenom} ${i.nom}`);
}
const entre = (alea: Aleatoire, a: number, b: number) => a + Math.floor(alea() * (b - a + 1));

/** Dates of the campaign and of the dataset, as day numbers. */
export interface Calendrier {
  reference: number;
  debut: number;
  fin: number;
}

/** The first day a clean row's last contact may fall on: a month inside the 3-year limit. */
export const premierJourValide = (c: Calendrier) => ajouterAns(c.reference, -3) + 30;

/** Draws contact details, source, temperature, engagement and dates for identities with their roles. */
export function tirerFiches(
  alea: Aleatoire,
  profil: ProfilProspects,
  identites: readonly Identite[],
  roles: readonly (string | undefined)[],
  cal: Calendrier,
  numeros: Set<string>,
  emails: Set<string>,
): Fiche[] {
  const fiches: Fiche[] = identites.map((ident, k) => {
    const numero = tirerNumero(alea, ident.ville, ident.mobile, numeros);
    const source = tirerPondere(alea, profil.sources);
    const email = tirerEmail(alea, ident, profil.domainesPersonnels, emails);
    const consentement =
      ident.type === 'B2C' ? bernoulli(alea, CONSENTEMENT[source]) : bernoulli(alea, 0.4);
    const p: Prospect = {
      id: '',
      raisonSociale: ident.raisonSociale,
      nom: ident.nom,
      prenom: ident.prenom,
      type: ident.type,
      secteur: ident.secteur,
      taille: ident.taille,
      chiffreAffaires: ident.chiffreAffaires,
      fonction: ident.fonction,
      age: ident.age,
      ville: ident.ville.nom,
      codePostal: ident.codePostal,
      pays: ident.ville.pays,
      telephone: ecrireNumero(alea, numero, ident.ville.pays),
      email,
      source,
      dateCollecte: '',
      dateDernierContact: '',
      consentementEmail: consentement,
      opposition: false,
      bloctel: false,
      temperature: 'suspect',
      ouvertures: 0,
      clics: 0,
      visitesSite: 0,
      demandeDevis: false,
      converti: false,
    };
    return { p, ident, numero, cle: cleDeNom(ident), role: roles[k] };
  });
  attribuerTemperatures(alea, profil, fiches);
  for (const f of fiches) tirerHistorique(alea, f, cal);
  tirerConversions(alea, profil, fiches, cal);
  tirerRefus(alea, fiches, cal);
  return fiches;
}

/** Temperature by rank of a latent interest (fit + source + noise), so the shares are exactly the profile's. */
function attribuerTemperatures(alea: Aleatoire, profil: ProfilProspects, fiches: Fiche[]): void {
  const libres = fiches.filter((f) => f.role !== 'perime' && f.role !== 'opposition');
  for (const f of fiches)
    if (f.role === 'perime') f.p.temperature = 'suspect';
    else if (f.role === 'opposition') f.p.temperature = 'froid';
  const interet = new Map(
    libres.map((f) => [f, 1.1 * f.ident.adequation + CHALEUR[f.p.source] + normale(alea, 0, 0.35)]),
  );
  const tries = [...libres].sort((a, b) => interet.get(a)! - interet.get(b)!);
  const t = profil.temperatures;
  const bornes: [Temperature, number][] = [
    ['suspect', t.suspect],
    ['froid', t.suspect + t.froid],
    ['tiede', t.suspect + t.froid + t.tiede],
    ['chaud', 1],
  ];
  tries.forEach((f, k) => {
    f.p.temperature = bornes.find(([, b]) => (k + 0.5) / tries.length <= b)![0];
  });
}

/** Engagement and dates consistent with the temperature and the role of the row. */
function tirerHistorique(alea: Aleatoire, f: Fiche, cal: Calendrier): void {
  const p = f.p,
    t = p.temperature;
  const joignableParEmail =
    !['email-manquant', 'email-invalide', 'opposition', 'perime'].includes(f.role ?? '') &&
    (p.type === 'B2B' || p.consentementEmail);
  if (f.role === 'email-manquant' || f.role === 'email-invalide') p.consentementEmail = false;
  if (f.role === 'opposition') {
    p.opposition = true;
    p.consentementEmail = false;
  }
  const envois = joignableParEmail ? entre(alea, 3, 8) : 0;
  const tauxOuverture = { suspect: 0.06, froid: 0.18, tiede: 0.38, chaud: 0.55 }[t];
  const tauxClic = { suspect: 0.05, froid: 0.15, tiede: 0.35, chaud: 0.5 }[t];
  p.ouvertures = Math.min(
    envois * 2,
    Math.round(envois * tauxOuverture * Math.exp(normale(alea, 0, 0.4))),
  );
  p.clics = Math.min(
    p.ouvertures,
    Math.round(p.ouvertures * tauxClic * Math.exp(normale(alea, 0, 0.5))),
  );
  p.visitesSite =
    f.role === 'perime' || f.role === 'opposition'
      ? 0
      : poisson(alea, { suspect: 0.15, froid: 0.6, tiede: 2, chaud: 4.5 }[t]);
  p.demandeDevis =
    f.role !== 'perime' &&
    f.role !== 'opposition' &&
    bernoulli(alea, { suspect: 0, froid: 0.06, tiede: 0.36, chaud: 0.75 }[t]);
  const limite = premierJourValide(cal);
  if (f.role === 'perime') {
    const collecte = jourEntre(alea, ajouterAns(cal.reference, -10), ajouterAns(cal.reference, -4));
    p.dateCollecte = iso(collecte);
    p.dateDernierContact = iso(
      jourEntre(alea, collecte, Math.min(collecte + 500, ajouterAns(cal.reference, -3) - 60)),
    );
  } else if (t === 'suspect') {
    p.dateCollecte = iso(jourEntre(alea, limite, cal.debut - 10));
    p.dateDernierContact = p.dateCollecte;
  } else {
    p.dateCollecte = iso(jourEntre(alea, ajouterAns(cal.reference, -6), cal.debut - 10));
    p.dateDernierContact = iso(jourEntre(alea, cal.debut, cal.fin));
  }
}

/** The past campaign's outcome: a logistic law of fit and engagement, calibrated to the profile's rate, then drawn. */
function tirerConversions(
  alea: Aleatoire,
  profil: ProfilProspects,
  fiches: Fiche[],
  cal: Calendrier,
): void {
  const eligibles = fiches.filter((f) => f.p.temperature !== 'suspect' && !f.p.opposition);
  const bonus = { suspect: 0, froid: 0, tiede: 0.9, chaud: 1.7 };
  const bases = eligibles.map(
    (f) =>
      2.4 * f.ident.adequation +
      bonus[f.p.temperature] +
      0.35 * Math.log1p(f.p.visitesSite) +
      0.25 * Math.log1p(f.p.clics) +
      (f.p.demandeDevis ? 1 : 0) +
      normale(alea, 0, 0.8),
  );
  const vise = profil.tauxConversion * profil.nombre;
  const attendu = (b0: number) => bases.reduce((s, x) => s + 1 / (1 + Math.exp(-(b0 + x))), 0);
  let lo = -30,
    hi = 10;
  for (let k = 0; k < 60; k++) {
    const m = (lo + hi) / 2;
    if (attendu(m) < vise) lo = m;
    else hi = m;
  }
  // Exactly the profile's count, drawn without replacement with weights p (Efraimidis–Spirakis keys u^(1/p)):
  // the rows most likely to sign sign more often, yet a cold row can still sign and a hot one fail.
  const cles = eligibles.map((f, k) => ({
    f,
    cle: Math.log(alea()) / (1 / (1 + Math.exp(-(lo + bases[k])))),
  }));
  cles.sort((a, b) => b.cle - a.cle);
  for (const { f } of cles.slice(0, Math.round(vise))) {
    f.p.converti = true;
    // A won client was met again to sign: its last contact comes after the campaign call.
    f.p.dateDernierContact = iso(
      Math.min(cal.reference - 1, jour(f.p.dateDernierContact) + entre(alea, 5, 75)),
    );
  }
}

/** Refusals on the phone: some during the campaign, and a few recent ones (the 60-day rule of chapter 12). */
function tirerRefus(alea: Aleatoire, fiches: Fiche[], cal: Calendrier): void {
  const froids = fiches.filter(
    (f) =>
      f.role === undefined && f.p.temperature === 'froid' && !f.p.converti && !f.p.demandeDevis,
  );
  const recents = new Set(melanger(alea, froids).slice(0, 3));
  for (const f of froids) {
    if (recents.has(f)) {
      const d = iso(jourEntre(alea, cal.reference - 50, cal.reference - 5));
      f.p.dateRefus = d;
      f.p.dateDernierContact = d;
    } else if (bernoulli(alea, 0.08)) f.p.dateRefus = f.p.dateDernierContact;
  }
}
