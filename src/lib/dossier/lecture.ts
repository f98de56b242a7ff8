/**
 * Reading a dossier file (JSON) the learner imports: nothing in it is trusted.
 * - size: at most 6 Mo of text (a sales file of 20 000 rows fits), 30 categories, 30 cost lines, 5 000 characters per text;
 * - types: a field of the wrong type is refused with a French message naming it
 *   (« Portefeuille › catégorie 2 › CA N−1 doit être un nombre positif. »); an absent field takes
 *   its empty value (a dossier saved half-filled is valid), an unknown key is dropped;
 * - text is kept as text: it is never parsed as HTML (Preact escapes it on screen and in print);
 * - `format` must be « atelier-prospection/dossier » and `version` 1: a future version is refused
 *   with a message rather than misread.
 * - `ventes` is optional; when present its own `version` must be 1, and each row needs a client,
 *   an ISO date that exists and a positive amount (LIMITE_VENTES rows at most).
 * No schema library: Zod would add ~15 KB to the page for a dozen rules.
 */
import { formatNombre } from '../commun/nombres.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { IDS_ANALYSES } from './analyser.ts';
import { FORMAT_DOSSIER, TAILLE_MAX, VERSION_DOSSIER, type Dossier } from './modele.ts';
import { jourDepuisISO } from '../commun/dates.ts';
import { LIMITE_VENTES, VERSION_VENTES } from './ventes.ts';

export { exporterDossier, TAILLE_MAX } from './modele.ts';
const TEXTE = 5000;
const NOM = 200;
const MONTANT_MAX = 1e12;

type Regle =
  | { t: 'texte'; nom: string; max: number }
  | { t: 'nombre'; nom: string; min?: number; max?: number }
  | { t: 'choix'; nom: string; valeurs: readonly string[] }
  | { t: 'objet'; nom: string; champs: Record<string, Regle> }
  | { t: 'liste'; nom: string; max: number; element: Regle }
  | { t: 'textes'; nom: string; cles: readonly string[] }
  | { t: 'date'; nom: string };

const texte = (nom: string, max = TEXTE): Regle => ({ t: 'texte', nom, max });
const nombre = (nom: string, min = 0, max = MONTANT_MAX): Regle => ({ t: 'nombre', nom, min, max });
const objet = (nom: string, champs: Record<string, Regle>): Regle => ({ t: 'objet', nom, champs });
const etapes = (nom: string) =>
  objet(nom, {
    fichier: nombre('fiches'),
    contactsJoints: nombre('contacts joints'),
    rdv: nombre('rendez-vous'),
    propositions: nombre('propositions'),
    commandes: nombre('commandes'),
  });

const DOSSIER = objet('Le dossier', {
  etudiant: texte('Nom de l’étudiant', NOM),
  entreprise: objet('Entreprise', {
    nom: texte('nom', NOM),
    activite: texte('activité'),
    offre: texte('offre'),
    marche: texte('marché'),
    devise: { t: 'choix', nom: 'devise', valeurs: ['EUR', 'MAD'] },
  }),
  demande: objet('Demande', {
    relationClient: texte('relation client'),
    persona: texte('persona'),
  }),
  portefeuille: objet('Portefeuille', {
    anneeN1: texte('année N−1', 40),
    anneeN: texte('année N', 40),
    categories: {
      t: 'liste',
      nom: 'catégories',
      max: 30,
      element: objet('catégorie', {
        nom: texte('nom', NOM),
        caN1: nombre('CA N−1'),
        caN: nombre('CA N'),
      }),
    },
  }),
  valeur: objet('Valeur client', {
    transactions: nombre('nombre de ventes'),
    prixVenteHT: nombre('prix de vente HT'),
    coutAchatHT: nombre('coût d’achat HT'),
    typeTaux: { t: 'choix', nom: 'type de taux', valeurs: ['marque', 'marge'] },
    taux: nombre('taux', -1, 100),
    frequence: nombre('fréquence d’achat'),
    duree: nombre('durée de vie client', 0, 200),
    depensesAcquisition: nombre('dépenses d’acquisition'),
    nouveauxClients: nombre('nouveaux clients'),
  }),
  objectifs: objet('Objectifs', {
    problematique: texte('problématique'),
    qualitatifs: texte('objectifs qualitatifs'),
    nouveauxClients: nombre('nouveaux clients'),
    chiffreAffaires: nombre('chiffre d’affaires'),
    marge: nombre('marge'),
  }),
  cible: objet('Cible', {
    typeClientele: texte('type de clientèle'),
    persona: texte('persona'),
    qualification: texte('qualification'),
    offreRetenue: texte('offre retenue'),
  }),
  methode: objet('Méthode', {
    nom: texte('nom', NOM),
    justification: texte('justification'),
    couts: {
      t: 'liste',
      nom: 'coûts',
      max: 30,
      element: objet('ligne de coût', { action: texte('action', NOM), montant: nombre('montant') }),
    },
  }),
  base: objet('Base de données', {
    constitution: texte('constitution'),
    outils: texte('outils'),
    fiches: nombre('fiches'),
    doublons: nombre('doublons'),
    incompletes: nombre('fiches incomplètes'),
    opposees: nombre('fiches opposées à la prospection'),
  }),
  temps: objet('Temps', {
    visitesAFaire: nombre('visites à faire'),
    semaines: nombre('semaines', 0, 53),
    joursParSemaine: nombre('jours par semaine', 0, 7),
    visitesParJour: nombre('visites par jour', 0, 100),
    commerciaux: nombre('commerciaux', 0, 10000),
    planning: texte('planning'),
  }),
  resultats: objet('Résultats', {
    etapes: etapes('étapes'),
    objectifsEtapes: etapes('objectifs des étapes'),
    chiffreAffairesGenere: nombre('CA généré'),
    margeGeneree: nombre('marge générée', -MONTANT_MAX),
  }),
  conclusion: texte('Conclusion'),
  interpretations: { t: 'textes', nom: 'Interprétations', cles: IDS_ANALYSES },
});

const VENTES = objet('Fichier de ventes', {
  fichier: texte('nom du fichier', NOM),
  lignes: {
    t: 'liste',
    nom: 'ventes',
    max: LIMITE_VENTES,
    element: objet('vente', {
      client: texte('client', NOM),
      date: { t: 'date', nom: 'date' },
      montant: nombre('montant HT'),
      categorie: texte('catégorie', NOM),
      cout: nombre('coût'),
    }),
  },
});

const estObjet = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const sous = (parent: string, nom: string) => (parent ? `${parent} › ${nom}` : nom);

const absent = (v: unknown): v is undefined | null => v === undefined || v === null;

/** How one kind of rule reads a value; `chemin` names it in French for the error message. */
type Lecteur<R extends Regle> = (regle: R, v: unknown, chemin: string) => Resultat<unknown>;
type RegleDe<T extends Regle['t']> = Extract<Regle, { t: T }>;

const lireTexte: Lecteur<RegleDe<'texte'>> = (regle, v, chemin) => {
  if (absent(v)) return ok('');
  if (typeof v !== 'string') return echec(`${chemin} doit être un texte.`, chemin);
  if (v.length > regle.max) return echec(`${chemin} dépasse ${regle.max} caractères.`, chemin);
  return ok(v);
};

const lireNombre: Lecteur<RegleDe<'nombre'>> = (regle, v, chemin) => {
  if (absent(v)) return ok(undefined);
  if (typeof v !== 'number' || !Number.isFinite(v))
    return echec(`${chemin} doit être un nombre.`, chemin);
  const min = regle.min ?? 0,
    max = regle.max ?? MONTANT_MAX;
  if (v < min || v > max)
    return echec(
      `${chemin} sort des valeurs possibles (de ${formatNombre(min)} à ${formatNombre(max)}).`,
      chemin,
    );
  return ok(v);
};

const lireChoix: Lecteur<RegleDe<'choix'>> = (regle, v, chemin) => {
  if (absent(v)) return ok(regle.valeurs[0]);
  return regle.valeurs.some((x) => x === v)
    ? ok(v)
    : echec(
        `${chemin} doit valoir ${regle.valeurs.map((x) => `«\u00A0${x}\u00A0»`).join(' ou ')}.`,
        chemin,
      );
};

const lireDate: Lecteur<RegleDe<'date'>> = (_regle, v, chemin) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || jourDepuisISO(v) === null)
    return echec(`${chemin} doit être une date aaaa-mm-jj qui existe.`, chemin);
  return ok(v);
};

const lireListe: Lecteur<RegleDe<'liste'>> = (regle, v, chemin) => {
  if (absent(v)) return ok([]);
  if (!Array.isArray(v)) return echec(`${chemin} doit être une liste.`, chemin);
  if (v.length > regle.max) return echec(`${chemin} compte plus de ${regle.max} lignes.`, chemin);
  const sortie: unknown[] = [];
  for (let i = 0; i < v.length; i++) {
    const r = lire(regle.element, v[i], sous(chemin, `${regle.element.nom} ${i + 1}`));
    if (!r.ok) return r;
    sortie.push(r.valeur);
  }
  return ok(sortie);
};

const lireTextes: Lecteur<RegleDe<'textes'>> = (regle, v, chemin) => {
  if (absent(v)) return ok({});
  if (!estObjet(v)) return echec(`${chemin} doit être un objet.`, chemin);
  const sortie: Record<string, string> = {};
  for (const cle of regle.cles) {
    const r = lireTexte({ t: 'texte', nom: cle, max: TEXTE }, v[cle], sous(chemin, cle));
    if (!r.ok) return r;
    if (typeof r.valeur === 'string' && r.valeur) sortie[cle] = r.valeur;
  }
  return ok(sortie);
};

const lireObjet: Lecteur<RegleDe<'objet'>> = (regle, brut, chemin) => {
  const v = absent(brut) ? {} : brut;
  if (!estObjet(v)) return echec(`${chemin} doit être un objet.`, chemin);
  const sortie: Record<string, unknown> = {};
  for (const [cle, r] of Object.entries(regle.champs)) {
    const lu = lire(r, v[cle], sous(chemin === 'Le dossier' ? '' : chemin, r.nom));
    if (!lu.ok) return lu;
    if (lu.valeur !== undefined) sortie[cle] = lu.valeur;
  }
  return ok(sortie);
};

/** Reads a value against its rule; `chemin` names it in French for the error message. */
function lire(regle: Regle, v: unknown, chemin: string): Resultat<unknown> {
  switch (regle.t) {
    case 'texte':
      return lireTexte(regle, v, chemin);
    case 'nombre':
      return lireNombre(regle, v, chemin);
    case 'choix':
      return lireChoix(regle, v, chemin);
    case 'date':
      return lireDate(regle, v, chemin);
    case 'liste':
      return lireListe(regle, v, chemin);
    case 'textes':
      return lireTextes(regle, v, chemin);
    case 'objet':
      return lireObjet(regle, v, chemin);
  }
}

/** A version number as a file gave it, for a message: numbers and short texts only (an object is not printed). */
function versionLue(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v).slice(0, 10);
  if (typeof v === 'string' && v.trim() !== '') return `«\u00A0${v.slice(0, 10)}\u00A0»`;
  return 'inconnue';
}

/** Checks a dossier already parsed from JSON (or read back from the browser's storage). */
export function validerDossier({ donnees }: { donnees: unknown }): Resultat<Dossier> {
  if (!estObjet(donnees))
    return echec('Ce fichier ne contient pas un dossier (objet JSON attendu).', 'format');
  if (donnees.format !== FORMAT_DOSSIER)
    return echec(
      `Ce fichier n’est pas un dossier de l’Atelier Prospection (champ «\u00A0format\u00A0» attendu\u202F: ${FORMAT_DOSSIER}).`,
      'format',
    );
  if (donnees.version !== VERSION_DOSSIER)
    return echec(
      `Ce dossier est en version ${versionLue(donnees.version)}\u202F: cette page lit la version ${VERSION_DOSSIER}.`,
      'version',
    );
  const r = lire(DOSSIER, donnees, 'Le dossier');
  if (!r.ok) return r;
  const ventes = lireVentesDossier(donnees.ventes);
  if (!ventes.ok) return ventes;
  return ok({
    format: FORMAT_DOSSIER,
    version: VERSION_DOSSIER,
    ...(r.valeur as object),
    ...(ventes.valeur ? { ventes: ventes.valeur } : {}),
  } as Dossier);
}

/** The sales block's frame, checked before its rows: an object, of the version this page reads, not too long. */
function cadreDesVentes(v: unknown): Resultat<Record<string, unknown>> {
  if (!estObjet(v)) return echec('Fichier de ventes doit être un objet.', 'Fichier de ventes');
  if (v.version !== VERSION_VENTES)
    return echec(
      `Fichier de ventes en version ${versionLue(v.version)}\u202F: cette page lit la version ${VERSION_VENTES}.`,
      'Fichier de ventes',
    );
  if (Array.isArray(v.lignes) && v.lignes.length > LIMITE_VENTES)
    return echec(
      `Fichier de ventes › ventes compte plus de ${formatNombre(LIMITE_VENTES, 0)} lignes.`,
      'Fichier de ventes',
    );
  return ok(v);
}

type LignesVentes = { client: string; montant?: number; categorie?: string }[];

/** Every sale names a client and an amount; an empty category is no category (the file's « Sans catégorie »). */
function verifierVentes(lignes: LignesVentes): Resultat<LignesVentes> {
  for (let i = 0; i < lignes.length; i++) {
    const l = lignes[i];
    if (l.client.trim() === '')
      return echec(`Fichier de ventes › vente ${i + 1} › client est vide.`, 'Fichier de ventes');
    if (l.montant === undefined)
      return echec(`Fichier de ventes › vente ${i + 1} › montant HT manque.`, 'Fichier de ventes');
    if (l.categorie === '') delete l.categorie;
  }
  return ok(lignes);
}

/** The optional sales block: absent is fine; present, its version and every row are checked. */
function lireVentesDossier(v: unknown): Resultat<Dossier['ventes']> {
  if (absent(v)) return ok(undefined);
  const cadre = cadreDesVentes(v);
  if (!cadre.ok) return cadre;
  const r = lire(VENTES, cadre.valeur, 'Fichier de ventes');
  if (!r.ok) return r;
  const lu = r.valeur as { fichier: string; lignes: LignesVentes };
  const lignes = verifierVentes(lu.lignes);
  if (!lignes.ok) return lignes;
  return ok({ version: VERSION_VENTES, ...lu } as Dossier['ventes']);
}

/** Reads a dossier file's text: size limit, JSON syntax, then `validerDossier`. */
export function lireDossier({ texte: contenu }: { texte: string }): Resultat<Dossier> {
  if (typeof contenu !== 'string') return echec('Le fichier n’a pas pu être lu.', 'fichier');
  if (contenu.length > TAILLE_MAX)
    return echec(
      `Ce fichier est trop gros pour un dossier (plus de ${TAILLE_MAX / 1_000_000}\u202FMo).`,
      'fichier',
    );
  let donnees: unknown;
  try {
    donnees = JSON.parse(contenu);
  } catch {
    return echec(
      'Ce fichier n’est pas un JSON valide\u202F: exportez-le à nouveau depuis «\u00A0Mon dossier\u00A0».',
      'fichier',
    );
  }
  return validerDossier({ donnees });
}
