/**
 * Plants the quality problems of a prospect file and documents them (entreprise.json,
 * `problemesPlantes`). Each single-row problem hits a distinct row; duplicates are new rows copied
 * from clean ones and shuffled into the file. The rules follow the quality report
 * (src/lib/fichier/qualite.ts, doublons.ts, coordonnees.ts): an exact duplicate shares a normalised e-mail
 * or phone; a probable duplicate is a same-city row of the same type whose name differs only by
 * case, accents, legal form, word order, or one letter (two beyond 12 characters).
 */
import type { Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import { emailValide, telephoneValide } from '../../src/lib/fichier/coordonnees.ts';
import { levenshtein } from '../../src/lib/fichier/doublons.ts';
import type { SourceProspect } from '../../src/lib/commun/prospect.ts';
import { sansAccents } from '../../src/lib/commun/texte.ts';
import type { ProblemePlante } from '../../src/schemas/datasets.ts';
import { codePostalErrone, ecrireNumero, tirerNumero } from './lieux.ts';
import type { Identite, PlanProblemes, ProfilProspects } from './modele.ts';
import { iso, jourEntre, melanger, tirerPondere } from './outils.ts';
import {
  assezLoin,
  cleDeNom,
  premierJourValide,
  tirerEmail,
  type Calendrier,
  type Fiche,
} from './prospects.ts';

/** Roles of the rows that carry a single-row problem, decided before their history is drawn. */
export function attribuerRoles(
  alea: Aleatoire,
  plan: PlanProblemes,
  identites: readonly Identite[],
): (string | undefined)[] {
  const roles: (string | undefined)[] = identites.map(() => undefined);
  const ordre = melanger(
    alea,
    identites.map((_, k) => k),
  );
  const prendre = (role: string, n: number, accepte: (i: Identite) => boolean = () => true) => {
    let pris = 0;
    for (const k of ordre) {
      if (pris === n) break;
      if (roles[k] === undefined && accepte(identites[k])) {
        roles[k] = role;
        pris++;
      }
    }
    if (pris < n) throw new Error(`Pas assez de lignes pour planter ${n} × ${role}`);
  };
  // Bloctel protects consumers' numbers in France: only French B2C rows can carry it.
  prendre('bloctel', plan.bloctel, (i) => i.type === 'B2C' && i.ville.pays === 'FR');
  prendre('perime', plan.contactPerime);
  prendre('opposition', plan.opposition);
  prendre('telephone-manquant', plan.telephoneManquant);
  prendre('email-manquant', plan.emailManquant);
  prendre('email-invalide', plan.emailInvalide);
  prendre('telephone-invalide', plan.telephoneInvalide);
  prendre('ville-code-postal', plan.villeCodePostal);
  return roles;
}

/** An e-mail address broken the way people break them (no @, @@, no extension, a space, a comma). */
function casserEmail(alea: Aleatoire, email: string): string {
  const [local, domaine] = email.split('@');
  const formes = [
    `${local}${domaine}`,
    `${local}@@${domaine}`,
    `${local}@${domaine.replace(/\.[a-z]+$/, '')}`,
    `${local.includes('.') ? local.replace('.', ' ') : `${local.slice(0, 2)} ${local.slice(2)}`}@${domaine}`,
    `${local}@${domaine.replace(/\.([a-z]+)$/, ',$1')}`,
  ];
  const e = formes[Math.floor(alea() * formes.length)];
  if (emailValide({ email: e })) throw new Error(`Adresse censée être invalide : ${e}`);
  return e;
}

/** A phone number broken the way people break them (two digits short, one too many, a letter O for a 0). */
function casserTelephone(alea: Aleatoire, telephone: string, pays: 'FR' | 'MA'): string {
  const zero = telephone.lastIndexOf('0');
  const dernier = telephone.search(/\d$/);
  const o = zero > 1 ? zero : dernier;
  const formes = [
    telephone.replace(/\d\s?\d$/, '').trimEnd(),
    `${telephone}${telephone.includes(' ') ? ' ' : ''}4`,
    `${telephone.slice(0, o)}O${telephone.slice(o + 1)}`,
  ];
  const t = formes[Math.floor(alea() * formes.length)];
  if (telephoneValide({ telephone: t, pays })) throw new Error(`Numéro censé être invalide : ${t}`);
  return t;
}

/** Applies the single-row problems to rows whose history is already drawn. */
export function planterProblemesSimples(alea: Aleatoire, fiches: readonly Fiche[]): void {
  for (const f of fiches) {
    const p = f.p;
    if (f.role === 'telephone-manquant') p.telephone = '';
    else if (f.role === 'email-manquant') p.email = '';
    else if (f.role === 'email-invalide') p.email = casserEmail(alea, p.email);
    else if (f.role === 'telephone-invalide')
      p.telephone = casserTelephone(alea, p.telephone, p.pays);
    else if (f.role === 'ville-code-postal') p.codePostal = codePostalErrone(alea, f.ident.ville);
    else if (f.role === 'bloctel') p.bloctel = true;
  }
}

/** The largest edit distance the quality report still calls a probable duplicate, for a name of that length. */
const seuil = (a: string, b: string) => {
  const l = Math.max(a.length, b.length);
  return l < 6 ? 0 : l <= 12 ? 1 : 2;
};

/** One letter deleted, doubled or replaced, away from the first letter. */
function faute(alea: Aleatoire, texte: string): string {
  const lettres = [...texte]
    .map((c, k) => (k > 0 && /[a-z]/.test(c) ? k : -1))
    .filter((k) => k > 0);
  const k = lettres[Math.floor(alea() * lettres.length)];
  const op = Math.floor(alea() * 3);
  if (op === 0) return texte.slice(0, k) + texte.slice(k + 1);
  if (op === 1) return texte.slice(0, k) + texte[k] + texte.slice(k);
  const voisin = 'azertyuiopqsdfghjklmwxcvbn'[Math.floor(alea() * 26)];
  return texte.slice(0, k) + (voisin === texte[k] ? 'e' : voisin) + texte.slice(k + 1);
}

/** A variant of an identity's name that the report should pair with the original, or null. */
function varianteDeNom(
  alea: Aleatoire,
  i: Identite,
  cles: readonly string[],
  cle: string,
): Pick<Identite, 'raisonSociale' | 'nom' | 'prenom'> | null {
  for (let essai = 0; essai < 30; essai++) {
    let v: Pick<Identite, 'raisonSociale' | 'nom' | 'prenom'>;
    const forme = Math.floor(alea() * 3);
    if (i.type === 'B2B' && i.raisonSociale) {
      const sans = i.raisonSociale.replace(/\s(SARL AU|SARL|SAS|SA|EURL)$/, '');
      const autre = tirerPondere(alea, [
        ['', 2],
        [' SARL', 2],
        [' SA', 1],
        [' SAS', 1],
        [' EURL', 1],
      ] as const);
      v = {
        nom: i.nom,
        prenom: i.prenom,
        raisonSociale:
          forme === 0
            ? `${sans}${autre === i.raisonSociale.slice(sans.length) ? '' : autre}`
            : forme === 1
              ? sansAccents(i.raisonSociale).toUpperCase()
              : faute(alea, i.raisonSociale),
      };
    } else {
      v =
        forme === 0
          ? { nom: i.prenom, prenom: i.nom }
          : forme === 1
            ? { nom: sansAccents(i.nom).toUpperCase(), prenom: sansAccents(i.prenom) }
            : { nom: faute(alea, i.nom), prenom: i.prenom };
    }
    if (v.raisonSociale === i.raisonSociale && v.nom === i.nom && v.prenom === i.prenom) continue;
    const c = cleDeNom({ ...i, ...v });
    const proche =
      levenshtein({ a: c, b: cle, max: 2 }) <= seuil(c, cle) &&
      (c[0] === cle[0] || c[c.length - 1] === cle[cle.length - 1]);
    if (proche && (c === cle || assezLoin(c, cles, cle))) return v;
  }
  return null;
}

/** A copy of a row as another source would have entered it: never worked, collected before the campaign. */
function copier(
  alea: Aleatoire,
  f: Fiche,
  sources: ProfilProspects['sources'],
  cal: Calendrier,
): Fiche {
  const autres = sources.filter(([s]) => s !== f.p.source);
  const collecte = iso(jourEntre(alea, premierJourValide(cal), cal.debut - 10));
  const source: SourceProspect = tirerPondere(alea, autres);
  return {
    ...f,
    role: 'copie',
    p: {
      ...f.p,
      source,
      dateCollecte: collecte,
      dateDernierContact: collecte,
      temperature: 'suspect',
      ouvertures: 0,
      clics: 0,
      visitesSite: 0,
      demandeDevis: false,
      converti: false,
      dateRefus: undefined,
      opposition: false,
    },
  };
}

/** Exact and probable duplicates: new rows, with the groups they form with their originals. */
export function planterDoublons(
  alea: Aleatoire,
  fiches: readonly Fiche[],
  profil: ProfilProspects,
  cal: Calendrier,
  numeros: Set<string>,
  emails: Set<string>,
): { copies: Fiche[]; exacts: Fiche[][]; probables: Fiche[][] } {
  const candidates = melanger(
    alea,
    fiches.filter((f) => f.role === undefined && f.p.dateRefus === undefined),
  );
  const cles = fiches.map((f) => f.cle);
  const copies: Fiche[] = [],
    exacts: Fiche[][] = [],
    probables: Fiche[][] = [];
  for (const taille of profil.plan.doublonsExacts) {
    const orig = candidates.shift()!;
    orig.role = 'original';
    const groupe = [orig];
    for (let k = 1; k < taille; k++) {
      const c = copier(alea, orig, profil.sources, cal);
      const formes = (['espaces', 'compact', 'points', 'international'] as const).filter(
        (x) => ecrireNumero(alea, orig.numero, orig.p.pays, x) !== orig.p.telephone,
      );
      c.p.telephone = ecrireNumero(
        alea,
        orig.numero,
        orig.p.pays,
        formes[Math.floor(alea() * formes.length)],
      );
      if (k === 1)
        c.p.email = orig.p.email
          .replace(/^./, (x) => x.toUpperCase())
          .replace(/@(.)/, (_, x: string) => `@${x.toUpperCase()}`);
      else
        c.p.email = tirerEmail(alea, orig.ident, profil.domainesPersonnels, emails, orig.p.email);
      copies.push(c);
      groupe.push(c);
    }
    exacts.push(groupe);
  }
  while (probables.length < profil.plan.doublonsProbables) {
    const orig = candidates.shift();
    if (!orig) throw new Error('Pas assez de lignes pour planter les doublons probables.');
    const v = varianteDeNom(alea, orig.ident, cles, orig.cle);
    if (!v) continue;
    orig.role = 'original';
    const ident: Identite = { ...orig.ident, ...v };
    const c = copier(alea, { ...orig, ident, cle: cleDeNom(ident) }, profil.sources, cal);
    c.numero = tirerNumero(alea, ident.ville, ident.mobile, numeros);
    Object.assign(c.p, v, {
      telephone: ecrireNumero(alea, c.numero, ident.ville.pays),
      email: tirerEmail(alea, ident, profil.domainesPersonnels, emails, orig.p.email),
    });
    cles.push(c.cle);
    copies.push(c);
    probables.push([orig, c]);
  }
  return { copies, exacts, probables };
}

const n = (x: number, un: string, plusieurs = `${un}s`) => `${x}\u00a0${x > 1 ? plusieurs : un}`;

/** The `problemesPlantes` of entreprise.json, ids in file order, kinds in the quality report's order. */
export function documenterProblemes(
  fiches: readonly Fiche[],
  exacts: Fiche[][],
  probables: Fiche[][],
): ProblemePlante[] {
  const ids = (role: string) => fiches.filter((f) => f.role === role).map((f) => f.p.id);
  const groupes = (gs: Fiche[][]) =>
    gs.map((g) => g.map((f) => f.p.id).sort()).sort((a, b) => a[0].localeCompare(b[0]));
  const r: ProblemePlante[] = [];
  const ajouter = (
    type: ProblemePlante['type'],
    liste: string[],
    description: string,
    gs?: string[][],
  ) => {
    if (liste.length > 0)
      r.push(
        gs ? { type, description, ids: liste, groupes: gs } : { type, description, ids: liste },
      );
  };
  const ge = groupes(exacts),
    gp = groupes(probables);
  ajouter(
    'doublon-exact',
    ge.flat().sort(),
    `${n(ge.length, 'groupe')} de fiches en double (même e-mail ou même téléphone une fois normalisés)\u202f: ${n(ge.flat().length, 'fiche')}, dont ${ge.flat().length - ge.length} à fusionner ou supprimer.`,
    ge,
  );
  ajouter(
    'doublon-probable',
    gp.flat().sort(),
    `${n(gp.length, 'paire')} de fiches de la même ville dont les noms ne diffèrent que par la casse, les accents, la forme juridique, l’ordre nom / prénom ou une faute de frappe.`,
    gp,
  );
  const simples: [ProblemePlante['type'], string, string][] = [
    ['telephone-manquant', 'telephone-manquant', 'sans numéro de téléphone'],
    ['email-manquant', 'email-manquant', 'sans adresse e-mail'],
    [
      'email-invalide',
      'email-invalide',
      'dont l’e-mail est mal formé (arobase manquante ou doublée, extension absente, espace, virgule)',
    ],
    [
      'telephone-invalide',
      'telephone-invalide',
      'dont le téléphone est mal formé (chiffres en trop ou en moins, lettre O à la place d’un zéro)',
    ],
    [
      'ville-code-postal',
      'ville-code-postal',
      'dont le code postal appartient à une autre zone que la ville',
    ],
    [
      'contact-perime',
      'perime',
      'dont le dernier contact date de plus de 3\u00a0ans (durée de conservation dépassée)',
    ],
    [
      'bloctel',
      'bloctel',
      'de particuliers dont le numéro est inscrit sur Bloctel (liste française appliquée jusqu’au 10\u00a0août 2026\u202f; depuis, seul le consentement compte)',
    ],
    ['opposition', 'opposition', 'de personnes qui se sont opposées à la prospection'],
  ];
  for (const [type, role, texte] of simples) {
    const l = ids(role);
    ajouter(type, l, `${n(l.length, 'fiche')} ${texte}.`);
  }
  return r;
}
