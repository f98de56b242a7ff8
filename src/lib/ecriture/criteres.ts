/**
 * The writing workshop's checks on a prospecting e-mail or letter (chapter 13): transparent
 * rules, each saying what it looks for, why the text passes or fails, and how to fix it. They
 * read words, not meaning: a criterion met is a sign, the trainer's grid judges the rest.
 * The legal criteria are those `exigencesEcrit` (mentions-legales.ts) gives for the situation.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import type { Canal, Cible, Exigence, Pays } from './mentions-legales.ts';

/** What the learner wrote, and for whom. */
export interface Redaction {
  canal: Canal;
  cible: Cible;
  pays: Pays;
  /** The sending company's name (the company studied). */
  expediteur: string;
  destinataire: { prenom: string; nom: string; societe: string };
  /** The recipient agreed to receive prospecting e-mails. */
  consentement: boolean;
  objet: string;
  texte: string;
  /** What the law asks in this situation (`exigencesEcrit` for the country, channel, target and date). */
  exigences: readonly Exigence[];
}

/** The verdict on one criterion. */
export interface Critere {
  id: string;
  libelle: string;
  ok: boolean;
  /** Why it passes or fails, naming what was found. */
  pourquoi: string;
  /** How to do better (empty when met). */
  conseil: string;
  /** The law or course rule it applies. */
  source?: string;
}

/** Subject line: the course's bounds, in characters. */
export const OBJET = { min: 15, max: 60 } as const;
/** Body length in words, per channel. */
export const LONGUEUR = { email: { min: 50, max: 200 }, lettre: { min: 100, max: 350 } } as const;
/** Reading speed used for the reading time (words per minute). */
export const MOTS_PAR_MINUTE = 200;

const sansAccents = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const phrases = (t: string) =>
  t
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
const mots = (t: string) => t.split(/\s+/).filter((m) => /[\p{L}\d]/u.test(m)).length;

const ESPACES_RESERVES =
  /\[(pr[ée]nom|nom|soci[ée]t[ée]|entreprise|ville|date|destinataire)\]|\{\{[^}]*\}\}|\bX{3,}\b/i;
const MOTS_POURRIEL = /\b(gratuit|urgent|promo|gagnant|cadeau)\b|!!|€€/i;
const PROMESSES =
  /(garanti(e|s|es)?\b|100\s?%|sans (aucun )?risque|le moins cher|meilleur prix|r[ée]sultat assur[ée]|imbattable|jamais aucun|forc[ée]ment moins)/i;
const SUR_SOI =
  /^(nous sommes|notre (soci[ée]t[ée]|entreprise|agence)|je me permets|je suis|je m.appelle|permettez-moi)/i;
const BENEFICE =
  /(vous permet|vous aide|pour vous|vous [ée]viter?|gagne[rz]?|r[ée]dui(re|t|sez)|[ée]conomis|simplifi|am[ée]lior|prot[ée]ge|plus (rapide|simple)|moins de|sans interrompre|livr[ée]s? en)/i;
const PREUVE =
  /(clients?|entreprises|familles|cabinets|coop[ée]ratives|soci[ée]t[ée]s|[ée]tudiants|t[ée]moign|r[ée]f[ée]rence|recommand|d[ée]j[àa]|%)/i;
const ACTION =
  /(r[ée]pondez|r[ée]pondre [àa] ce message|appelez|contactez|rappele[rz]|r[ée]servez|inscrivez|prenons rendez-vous|pouvons-nous nous (voir|rencontrer)|choisissez (un|le) cr[ée]neau|cliquez ici pour (r[ée]server|prendre|choisir))/i;
const DESINSCRIPTION =
  /(d[ée]sinscri|d[ée]sabonn|ne plus recevoir|\bstop\b|vous opposer|droit d.opposition)/i;
const CONTACT =
  /(\b0\d([ .]?\d{2}){4}\b|\+\d[\d .]{7,}|@[a-z0-9-]+\.[a-z]{2,}|\b(rue|avenue|boulevard|bd|zone|chemin|place)\b)/i;
const DROITS = {
  FR: /(droits?|rgpd|donn[ée]es personnelles|cnil)/i,
  MA: /(09-08|droit d.acc[èe]s|rectification|cndp)/i,
} as const;

function critere(
  id: string,
  libelle: string,
  reussi: boolean,
  pourquoi: string,
  conseil: string,
  source?: string,
): Critere {
  return {
    id,
    libelle,
    ok: reussi,
    pourquoi,
    conseil: reussi ? '' : conseil,
    ...(source ? { source } : {}),
  };
}

/** What every criterion reads: the message, its subject, its sentences (unsubscribe line aside). */
interface Lu {
  r: Redaction;
  texte: string;
  objet: string;
  corps: string[];
}

/** The subject line: short, precise, no shouting, no spam words. */
function critereObjet({ objet }: Lu): Critere {
  const crie = /\b\p{Lu}{5,}\b/u.test(objet);
  const pourriel = objet.match(MOTS_POURRIEL)?.[0];
  const objetOk = objet.length >= OBJET.min && objet.length <= OBJET.max && !crie && !pourriel;
  return critere(
    'objet',
    'Objet court et précis',
    objetOk,
    objet === ''
      ? 'Aucun objet.'
      : `${objet.length} caractères${crie ? ', un mot en majuscules' : ''}${pourriel ? `, « ${pourriel} » que les filtres repèrent` : ''}.`,
    `Un objet de ${OBJET.min} à ${OBJET.max} caractères qui parle du destinataire, sans majuscules criardes, « gratuit », « urgent » ni points d’exclamation en série.`,
  );
}

/** Why the personalisation passes or fails, the first problem first. */
function pourquoiPersonnalisation(
  reste: string | undefined,
  { prenom, nom, societe }: Redaction['destinataire'],
  nomCite: boolean,
  societeCitee: boolean,
): string {
  if (reste) return `Il reste un champ à remplir : « ${reste} ».`;
  if (nom.trim() === '' || prenom.trim() === '')
    return 'Le prénom ou le nom du destinataire n’est pas renseigné.';
  if (!nomCite) return `Le nom « ${nom.trim()} » n’apparaît pas dans le message.`;
  if (!societeCitee) return `L’entreprise « ${societe.trim()} » n’est pas citée.`;
  return 'Le destinataire est nommé et son entreprise citée.';
}

/** The recipient is named, their company cited, and no placeholder is left. */
function criterePersonnalisation({ r, texte, objet }: Lu): Critere {
  const { prenom, nom, societe } = r.destinataire;
  const reste = texte.match(ESPACES_RESERVES)?.[0] ?? objet.match(ESPACES_RESERVES)?.[0];
  const nomCite = nom.trim() !== '' && sansAccents(texte).includes(sansAccents(nom.trim()));
  const societeCitee =
    societe.trim() === '' || sansAccents(texte + ' ' + objet).includes(sansAccents(societe.trim()));
  const perso = prenom.trim() !== '' && nom.trim() !== '' && nomCite && societeCitee && !reste;
  return critere(
    'personnalisation',
    'Personnalisation',
    perso,
    pourquoiPersonnalisation(reste, r.destinataire, nomCite, societeCitee),
    'Renseignez le destinataire, saluez-le par son nom et citez son entreprise ou un fait qui le concerne ; remplacez tout champ entre crochets.',
  );
}

/** AIDA's A: the first real sentence (greeting aside) speaks to the recipient, not of the sender. */
function critereAttention({ r, corps }: Lu): Critere {
  const societe = r.destinataire.societe.trim();
  const premiere =
    corps.find((p) => !/^(madame|monsieur|bonjour|cher|ch[èe]re)\b/i.test(p) || p.length > 40) ??
    '';
  const surSoi = SUR_SOI.test(premiere);
  const tourneeVersLui =
    /\b(vous|votre|vos)\b/i.test(premiere) ||
    premiere.includes('?') ||
    (societe !== '' && sansAccents(premiere).includes(sansAccents(societe)));
  const attention = premiere !== '' && !surSoi && tourneeVersLui;
  const pourquoi =
    premiere === ''
      ? 'Le message n’a pas de première phrase.'
      : surSoi
        ? 'La première phrase parle de l’expéditeur.'
        : attention
          ? 'La première phrase s’adresse au destinataire.'
          : 'La première phrase ne parle ni au destinataire ni de lui.';
  return critere(
    'attention',
    'A : une accroche tournée vers le destinataire',
    attention,
    pourquoi,
    'Ouvrez sur le destinataire : un fait qui le concerne, une question sur son activité ; gardez la présentation de l’entreprise pour la signature.',
  );
}

/** AIDA's I: a benefit for the recipient. */
function critereInteret({ corps }: Lu): Critere {
  const benefice = corps.join(' ').match(BENEFICE)?.[0];
  return critere(
    'interet',
    'I : un avantage pour le destinataire',
    benefice !== undefined,
    benefice !== undefined
      ? `Un avantage est formulé (« ${benefice} »).`
      : 'Aucun avantage concret n’est formulé.',
    'Dites ce que le destinataire y gagne : réduire, éviter, simplifier, gagner du temps…',
  );
}

/** AIDA's D: a proof (a sentence with a figure and a reference, or a testimonial). */
function critereDesir({ texte, corps }: Lu): Critere {
  const preuve =
    corps.some((p) => /\d/.test(p) && PREUVE.test(p)) ||
    /(t[ée]moign|r[ée]f[ée]rence client)/i.test(texte);
  return critere(
    'desir',
    'D : une preuve',
    preuve,
    preuve
      ? 'Une phrase chiffrée ou une référence appuie l’offre.'
      : 'Aucune preuve : ni chiffre vérifiable, ni référence, ni témoignage.',
    'Ajoutez une preuve : un chiffre vérifiable, des clients comparables, un témoignage.',
  );
}

/** AIDA's last A: one call to action (two at most). */
function critereAction({ corps }: Lu): Critere {
  const actions = corps.filter((p) => ACTION.test(p));
  return critere(
    'action',
    'A : un seul appel à l’action',
    actions.length >= 1 && actions.length <= 2,
    actions.length === 0
      ? 'Le message ne demande rien au destinataire.'
      : actions.length > 2
        ? `${actions.length} phrases demandent une action : le destinataire ne sait plus laquelle faire.`
        : 'Une action claire est demandée.',
    'Terminez par une seule demande, facile et datée : répondre pour choisir un créneau, rappeler un numéro.',
  );
}

/** Reading length within the channel's bounds. */
function critereLongueur(canal: Canal, nbMots: number, secondes: number): Critere {
  const bornes = LONGUEUR[canal];
  return critere(
    'longueur',
    'Longueur de lecture',
    nbMots >= bornes.min && nbMots <= bornes.max,
    `${nbMots} mot${nbMots > 1 ? 's' : ''}, environ ${secondes} seconde${secondes > 1 ? 's' : ''} de lecture.`,
    `${canal === 'email' ? 'Un e-mail' : 'Une lettre'} de prospection compte de ${bornes.min} à ${bornes.max} mots : ${nbMots < bornes.min ? 'développez l’intérêt et la preuve' : 'coupez ce qui ne sert pas l’action demandée'}.`,
  );
}

/** No promise the company cannot prove. */
function criterePromesses({ texte, objet }: Lu): Critere {
  const promesse = texte.match(PROMESSES)?.[0] ?? objet.match(PROMESSES)?.[0];
  return critere(
    'promesses',
    'Aucune promesse intenable',
    !promesse,
    promesse
      ? `« ${promesse} » engage l’entreprise au-delà de ce qu’elle peut prouver.`
      : 'Aucune promesse absolue (« garanti », « le moins cher », « sans risque »).',
    'Remplacez la promesse par une preuve vérifiable (un chiffre, une référence).',
    'Code de la consommation, pratiques commerciales trompeuses',
  );
}

/** How each legal requirement is checked in the message. */
const CRITERES_LEGAUX: Readonly<Record<Exigence['id'], (ex: Exigence, lu: Lu) => Critere>> = {
  identite: (ex, { r, texte }) => {
    const expediteurCite = sansAccents(texte).includes(sansAccents(r.expediteur.trim()));
    const present = r.expediteur.trim() !== '' && expediteurCite && CONTACT.test(texte);
    return critere(
      'identite',
      'Identité de l’expéditeur',
      present,
      present
        ? 'L’entreprise et un moyen de la joindre figurent dans le message.'
        : `Il manque ${expediteurCite ? 'des coordonnées (téléphone, e-mail ou adresse)' : `le nom de l’entreprise (${r.expediteur})`}.`,
      `Signez avec votre nom, ${r.expediteur} et ses coordonnées.`,
      ex.source,
    );
  },
  desinscription: (ex, { r, texte }) => {
    const present = DESINSCRIPTION.test(texte);
    return critere(
      'desinscription',
      r.canal === 'email' ? 'Lien de désinscription' : 'Droit de s’opposer',
      present,
      present
        ? 'Le destinataire peut demander à ne plus rien recevoir.'
        : 'Rien n’indique comment ne plus recevoir de messages.',
      ex.regle,
      ex.source,
    );
  },
  consentement: (ex, { r }) =>
    critere(
      'consentement',
      'Accord du destinataire',
      !ex.requis || r.consentement,
      ex.requis
        ? r.consentement
          ? 'Le destinataire a donné son accord.'
          : 'Cet envoi exige l’accord préalable du destinataire, qui n’est pas coché.'
        : ex.regle,
      `${ex.regle} Sans accord, choisissez un autre canal (courrier, appel) ou recueillez-le d’abord.`,
      ex.source,
    ),
  droits: (ex, { r, texte }) => {
    const present = DROITS[r.pays].test(texte);
    return critere(
      'droits',
      'Information sur les droits',
      present,
      present
        ? 'Le message mentionne les droits du destinataire sur ses données.'
        : 'Aucune mention des droits du destinataire sur ses données.',
      ex.regle,
      ex.source,
    );
  },
};

/** Checks a written prospecting message against the course's criteria and the law of `pays`. */
export function evaluerRedaction(r: Redaction): Resultat<{
  criteres: Critere[];
  reussis: number;
  total: number;
  mots: number;
  lectureSecondes: number;
}> {
  if (r.pays !== 'FR' && r.pays !== 'MA')
    return echec('Le pays de l’entreprise doit être la France ou le Maroc.', 'pays');
  if (r.texte.length > 20_000)
    return echec(
      'Le texte dépasse 20 000 caractères : un message de prospection tient sur une page.',
      'texte',
    );
  const texte = r.texte.trim();
  const lu: Lu = {
    r,
    texte,
    objet: r.objet.trim(),
    corps: phrases(texte).filter((p) => !DESINSCRIPTION.test(p)),
  };
  const nbMots = mots(texte);
  const secondes = Math.round((nbMots / MOTS_PAR_MINUTE) * 60);
  const criteres: Critere[] = [
    critereObjet(lu),
    criterePersonnalisation(lu),
    // AIDA.
    critereAttention(lu),
    critereInteret(lu),
    critereDesir(lu),
    critereAction(lu),
    critereLongueur(r.canal, nbMots, secondes),
    criterePromesses(lu),
    // Law.
    ...r.exigences.map((ex) => CRITERES_LEGAUX[ex.id](ex, lu)),
  ];
  const reussis = criteres.filter((c) => c.ok).length;
  return ok({ criteres, reussis, total: criteres.length, mots: nbMots, lectureSecondes: secondes });
}
