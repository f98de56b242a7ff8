/**
 * Draws the customer portfolio (clients.csv) and its 24 months of sales (ventes.csv), ending the
 * day before the dataset's reference date. What the portfolio chapter must be able to see in it:
 * a Pareto-like concentration (client sizes follow a log-normal law; one company has a client
 * heavy enough for a « dépendance » diagnosis), seasonality (monthly weights), a growth from year
 * N−1 to year N that differs by category, clients lost during year N and clients won during the
 * two years, and margins around each category's taux de marque.
 * One story with the company card: the clients lost stop buying during year N−1 and buy nothing in
 * year N, so the attrition the chapters measure (clients of N−1 absent in N) is the profile's; the
 * taux de marque of year N is exactly the card's (every margin is scaled by one factor at the end),
 * and an agent paid by commission (`commissions`) earns its branch's contractual rate on every
 * premium, with no noise: the « cost » of a premium is then the insurer's share.
 */
import { normale, type Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import { composantes } from '../../src/lib/commun/dates.ts';
import { normaliserTexte } from '../../src/lib/commun/texte.ts';
import { tirerVille } from './lieux.ts';
import type { ProfilPortefeuille } from './modele.ts';
import { bernoulli, iso, jour, jourEntre, montant, poisson, tirerPondere } from './outils.ts';

/** A client as written to clients.csv. */
export interface ClientGenere {
  id: string;
  nom: string;
  categorie: string;
  ville: string;
  dateEntree: string;
}
/** A sale as written to ventes.csv (amounts already rounded to the cent, as text). */
export interface VenteGeneree {
  id: string;
  client: string;
  categorie: string;
  date: string;
  montantHT: string;
  coutHT: string;
}

interface Interne extends ClientGenere {
  poids: number;
  entree: number;
  perdu: number;
  frequence: number;
  tauxDeMarque: number;
  croissance: number;
  echeance: number;
  versements: number;
}

/** The first day of month `m` (0 = the month of `debut`) as a day number. */
const debutDeMois = (debut: number, m: number) => {
  const { annee, mois } = composantes(debut);
  return Math.round(Date.UTC(annee, mois - 1 + m, 1) / 86_400_000);
};

/** How the margin of a sale is set: around a taux de marque (scaled to `tauxDeMarque` over year N), or a commission rate per category. */
export type RegleDeMarge =
  | { mode: 'marge'; tauxDeMarque: number }
  | { mode: 'commission'; commissions: Readonly<Record<string, number>> };

/** Clients and 24 months of sales ending the day before `dateReference`; `exclus` are prospect names a client may not bear. */
export function genererPortefeuille(
  alea: Aleatoire,
  profil: ProfilPortefeuille,
  dateReference: string,
  exclus: ReadonlySet<string>,
  regle: RegleDeMarge,
): { clients: ClientGenere[]; ventes: VenteGeneree[] } {
  const reference = jour(dateReference);
  const debut = debutDeMois(reference, -24);
  const clients = tirerClients(alea, profil, debut, reference, exclus);
  const saison = profil.saisonnalite.map(
    (s) => (s * 12) / profil.saisonnalite.reduce((a, b) => a + b, 0),
  );
  const totalPoids = clients.reduce((s, c) => s + c.poids, 0);
  const brutes: Brute[] = [];
  for (const c of clients) {
    const annuel = (profil.caAnnuel * c.poids) / totalPoids;
    const avant = brutes.length;
    for (let m = 0; m < 24; m++) {
      const premier = debutDeMois(debut, m),
        dernier = debutDeMois(debut, m + 1) - 1;
      if (dernier < c.entree || premier >= c.perdu) continue;
      const mois = composantes(premier).mois - 1;
      // Growth as a smooth trend: the same month one year later is (1 + croissance) times larger.
      const tendance = Math.pow(1 + c.croissance, (m - 11.5) / 12);
      let nombre: number, montantMoyen: number;
      if (profil.echeancier) {
        nombre = (mois - c.echeance + 12) % (12 / c.versements) === 0 ? 1 : 0;
        montantMoyen = annuel / c.versements;
      } else {
        nombre = poisson(alea, (c.frequence / 12) * saison[mois]);
        montantMoyen = annuel / c.frequence;
      }
      for (let k = 0; k < nombre; k++) {
        const j = jourEntre(
          alea,
          Math.max(premier, c.entree),
          Math.min(dernier, c.perdu - 1, reference - 1),
        );
        brutes.push(
          vente(
            alea,
            c,
            j,
            montantMoyen * tendance * Math.exp(normale(alea, 0, profil.echeancier ? 0.03 : 0.25)),
            regle,
          ),
        );
      }
    }
    if (brutes.length === avant) {
      // Every client of the file bought at least once in the two years (else it would not be in the portfolio).
      const j = jourEntre(alea, Math.max(debut, c.entree), Math.min(c.perdu, reference) - 1);
      brutes.push(vente(alea, c, j, annuel / Math.max(1, c.frequence), regle));
    }
  }
  brutes.sort((a, b) => a.date.localeCompare(b.date) || a.client.localeCompare(b.client));
  // One taux de marque: the margins of year N add up to the card's rate (a commission is contractual, left as is).
  let k = 1;
  if (regle.mode === 'marge') {
    const debutN = iso(debutDeMois(debut, 12));
    const n = brutes.filter((v) => v.date >= debutN);
    const ca = n.reduce((s, v) => s + v.ht, 0),
      marge = n.reduce((s, v) => s + v.ht * (1 - v.part), 0);
    k = (regle.tauxDeMarque * ca) / marge;
  }
  const ventes = brutes.map((v, i) => ({
    id: `V${String(i + 1).padStart(5, '0')}`,
    client: v.client,
    categorie: v.categorie,
    date: v.date,
    montantHT: montant(v.ht),
    coutHT: montant(v.ht * (1 - (1 - v.part) * k)),
  }));
  return {
    clients: clients.map(({ id, nom, categorie, ville, dateEntree }) => ({
      id,
      nom,
      categorie,
      ville,
      dateEntree,
    })),
    ventes,
  };
}

/** A sale before rounding: its amount HT and the share of it that is cost. */
interface Brute {
  client: string;
  categorie: string;
  date: string;
  ht: number;
  part: number;
}

function vente(alea: Aleatoire, c: Interne, j: number, m: number, regle: RegleDeMarge): Brute {
  const bruit = normale(alea, 0, 0.02);
  const part =
    regle.mode === 'commission'
      ? 1 - regle.commissions[c.categorie]
      : Math.min(0.98, Math.max(0.3, 1 - c.tauxDeMarque + bruit));
  return { client: c.id, categorie: c.categorie, date: iso(j), ht: Math.max(50, m), part };
}

function tirerClients(
  alea: Aleatoire,
  profil: ProfilPortefeuille,
  debut: number,
  reference: number,
  exclus: ReadonlySet<string>,
): Interne[] {
  const noms = new Set<string>(exclus);
  const clients: Interne[] = [];
  const parts = profil.categories.map((c) => [c, c.part] as const);
  for (let k = 0; k < profil.nombreClients; k++) {
    const cat = k < profil.categories.length ? profil.categories[k] : tirerPondere(alea, parts);
    let nom = '';
    for (let essai = 0; essai < 500 && (nom === '' || noms.has(normaliserTexte(nom))); essai++)
      nom = profil.tirerNom(alea, cat.nom);
    if (noms.has(normaliserTexte(nom)))
      throw new Error(`Plus de nom de client libre dans ${cat.nom}`);
    noms.add(normaliserTexte(nom));
    const nouveau = bernoulli(alea, profil.nouveaux);
    const entree = nouveau
      ? jourEntre(alea, debut, reference - 45)
      : jourEntre(alea, jour('2012-01-01'), debut - 1);
    // Lost clients stop buying during the second half of year N−1: they bought in N−1, nothing in N.
    const perdu =
      !nouveau && bernoulli(alea, profil.attrition)
        ? jourEntre(alea, debutDeMois(debut, 6), debutDeMois(debut, 12) - 1)
        : reference + 1;
    const poids = (cat.poidsRelatif ?? 1) * Math.exp(normale(alea, 0, profil.dispersion));
    clients.push({
      id: `C${String(k + 1).padStart(3, '0')}`,
      nom,
      categorie: cat.nom,
      ville: tirerVille(alea, profil.villes).ville.nom,
      dateEntree: iso(entree),
      poids,
      entree,
      perdu,
      tauxDeMarque: (cat.tauxDeMarque ?? 0) + normale(alea, 0, 0.015),
      croissance: cat.croissance,
      frequence: Math.min(
        24,
        Math.max(1, Math.round(cat.frequence * Math.pow(poids / (cat.poidsRelatif ?? 1), 0.35))),
      ),
      echeance: nouveau
        ? composantes(entree).mois - 1
        : tirerPondere(
            alea,
            profil.saisonnalite.map((s, m) => [m, s] as const),
          ),
      versements: tirerPondere(alea, [
        [1, 70],
        [2, 20],
        [4, 10],
      ] as const),
    });
  }
  if (profil.dominant) {
    const d = profil.dominant;
    const autres = clients.reduce((s, c) => s + c.poids, 0);
    const c = clients.find((x) => x.categorie === d.categorie)!;
    Object.assign(c, {
      nom: d.nom,
      poids: ((autres - c.poids) * d.part) / (1 - d.part),
      entree: jour('2014-03-10'),
      dateEntree: '2014-03-10',
      perdu: reference + 1,
      frequence: 24,
      croissance: c.croissance,
    });
  }
  return clients;
}
