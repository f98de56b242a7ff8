/** Steps 1 to 4 of the form: the company, the demand and portfolio (2.1–2.2), customer value (2.3), objectives (2.4). */
import type { Dossier } from '../../lib/dossier/modele.ts';
import { modifierDossier } from '../../stores/dossier.ts';
import { maj, majAvec, Nombre, Texte } from './champs.tsx';
import { ImportVentes } from './ImportVentes.tsx';

const LIBELLES_TAUX = {
  marque: 'Taux de marque',
  marge: 'Taux de marge',
  commission: 'Taux de commission',
} as const;

type P = { d: Dossier; symbole: string };

/** Step 1: the learner and the company. */
export function EtapeEntreprise({ d }: P) {
  const e = d.entreprise;
  return (
    <>
      <Texte
        id="d-etudiant"
        libelle="Votre nom (pour la couverture)"
        valeur={d.etudiant}
        onSaisie={(t) => modifierDossier((x) => ({ ...x, etudiant: t }))}
      />
      <Texte
        id="d-nom"
        libelle="Nom de l’entreprise"
        valeur={e.nom}
        onSaisie={(t) => maj('entreprise', 'nom', t)}
      />
      <Texte
        id="d-activite"
        libelle="Activité"
        valeur={e.activite}
        onSaisie={(t) => maj('entreprise', 'activite', t)}
        long
      />
      <Texte
        id="d-offre"
        libelle="Offre (produits, services)"
        valeur={e.offre}
        onSaisie={(t) => maj('entreprise', 'offre', t)}
        long
      />
      <Texte
        id="d-marche"
        libelle="Marché (B2B, B2C, zone, clientèle)"
        valeur={e.marche}
        onSaisie={(t) => maj('entreprise', 'marche', t)}
        long
      />
      <label class="choix-devise">
        Devise{' '}
        <select
          value={e.devise}
          onChange={(ev) =>
            maj('entreprise', 'devise', ev.currentTarget.value === 'MAD' ? 'MAD' : 'EUR')
          }
        >
          <option value="EUR">euro (€)</option>
          <option value="MAD">dirham (DH)</option>
        </select>
      </label>
    </>
  );
}

/** Step 2 (2.1–2.2): the demand, and CA by customer category over two years. */
export function EtapePortefeuille({ d, symbole }: P) {
  const p = d.portefeuille;
  const categories = (
    f: (c: Dossier['portefeuille']['categories']) => Dossier['portefeuille']['categories'],
  ) => majAvec('portefeuille', 'categories', f);
  const modifier = (i: number, cle: 'nom' | 'caN1' | 'caN', v: unknown) =>
    categories((cs) => cs.map((c, j) => (j === i ? { ...c, [cle]: v } : c)));
  return (
    <>
      <Texte
        id="d-relation"
        libelle="2.1 Type de relation client"
        valeur={d.demande.relationClient}
        onSaisie={(t) => maj('demande', 'relationClient', t)}
        long
      />
      <Texte
        id="d-persona-client"
        libelle="2.1 Persona du client type"
        valeur={d.demande.persona}
        onSaisie={(t) => maj('demande', 'persona', t)}
        long
      />
      <fieldset class="dossier-groupe">
        <legend>2.2 Chiffre d’affaires HT par catégorie de clientèle</legend>
        <div class="dossier-ligne">
          <Texte
            id="d-annee-n1"
            libelle="Année N−1"
            valeur={p.anneeN1}
            max={40}
            onSaisie={(t) => maj('portefeuille', 'anneeN1', t)}
            aide="Par exemple 2025"
          />
          <Texte
            id="d-annee-n"
            libelle="Année N"
            valeur={p.anneeN}
            max={40}
            onSaisie={(t) => maj('portefeuille', 'anneeN', t)}
            aide="Par exemple 2026"
          />
        </div>
        <ul class="dossier-categories">
          {p.categories.map((c, i) => (
            <li key={i} class="dossier-ligne">
              <Texte
                id={`d-cat-${i}`}
                libelle={`Catégorie ${i + 1}`}
                valeur={c.nom}
                onSaisie={(t) => modifier(i, 'nom', t)}
              />
              <Nombre
                id={`d-cat-${i}-n1`}
                libelle={`CA N−1 de la catégorie ${i + 1}`}
                valeur={c.caN1}
                unite={symbole}
                onValeur={(v) => modifier(i, 'caN1', v)}
              />
              <Nombre
                id={`d-cat-${i}-n`}
                libelle={`CA N de la catégorie ${i + 1}`}
                valeur={c.caN}
                unite={symbole}
                onValeur={(v) => modifier(i, 'caN', v)}
              />
              <button
                type="button"
                class="bouton-discret"
                aria-label={`Retirer la catégorie ${i + 1}`}
                onClick={() => categories((cs) => cs.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          class="bouton"
          disabled={p.categories.length >= 30}
          onClick={() => categories((cs) => [...cs, { nom: '' }])}
        >
          + Ajouter une catégorie
        </button>
      </fieldset>
      <ImportVentes d={d} />
    </>
  );
}

/** Step 3 (2.3): sales count, margin (saying which rate), customer value and acquisition cost. */
export function EtapeValeur({ d, symbole }: P) {
  const v = d.valeur;
  const n = (cle: keyof Dossier['valeur'], libelle: string, unite?: string, aide?: string) => (
    <Nombre
      id={`d-${cle}`}
      libelle={libelle}
      valeur={v[cle] as number | undefined}
      unite={unite}
      aide={aide}
      onValeur={(x) => maj('valeur', cle, x)}
    />
  );
  return (
    <>
      {n(
        'transactions',
        'Nombre de ventes de l’année N',
        undefined,
        'Factures ou commandes : sert au panier moyen',
      )}
      <fieldset class="dossier-groupe">
        <legend>Marge de l’offre</legend>
        <div class="dossier-ligne">
          {n('prixVenteHT', 'Prix de vente HT moyen', symbole)}
          {n(
            'coutAchatHT',
            'Coût d’achat HT moyen',
            symbole,
            v.typeTaux === 'commission' ? 'Vide pour un agent\u202f: il n’achète rien' : undefined,
          )}
        </div>
        <p class="champ-aide">Ou, si vous ne connaissez que le taux, dites lequel&#8239;:</p>
        <div class="choix-taux" role="radiogroup" aria-label="Nature du taux saisi">
          <label>
            <input
              type="radio"
              name="d-type-taux"
              checked={v.typeTaux === 'marque'}
              onChange={() => maj('valeur', 'typeTaux', 'marque')}
            />{' '}
            taux de marque (marge ÷ prix de vente)
          </label>
          <label>
            <input
              type="radio"
              name="d-type-taux"
              checked={v.typeTaux === 'marge'}
              onChange={() => maj('valeur', 'typeTaux', 'marge')}
            />{' '}
            taux de marge (marge ÷ coût d’achat)
          </label>
          <label>
            <input
              type="radio"
              name="d-type-taux"
              checked={v.typeTaux === 'commission'}
              onChange={() => maj('valeur', 'typeTaux', 'commission')}
            />{' '}
            taux de commission d’un agent (commissions ÷ primes)
          </label>
        </div>
        <Nombre
          id="d-taux"
          libelle={LIBELLES_TAUX[v.typeTaux]}
          valeur={v.taux}
          pourcentage
          onValeur={(x) => maj('valeur', 'taux', x)}
        />
      </fieldset>
      <div class="dossier-ligne">
        {n('frequence', 'Achats par client et par an')}
        {n('duree', 'Durée de vie client', 'ans')}
      </div>
      <div class="dossier-ligne">
        {n('depensesAcquisition', 'Dépenses d’acquisition de clients', symbole)}
        {n('nouveauxClients', 'Nouveaux clients acquis')}
      </div>
    </>
  );
}

/** Step 4 (2.4): the problem seen and the quantified objectives. */
export function EtapeObjectifs({ d, symbole }: P) {
  const o = d.objectifs;
  return (
    <>
      <Texte
        id="d-problematique"
        libelle="2.4.1 Problématique repérée"
        valeur={o.problematique}
        onSaisie={(t) => maj('objectifs', 'problematique', t)}
        long
      />
      <Texte
        id="d-qualitatifs"
        libelle="Objectifs qualitatifs"
        valeur={o.qualitatifs}
        onSaisie={(t) => maj('objectifs', 'qualitatifs', t)}
        long
      />
      <div class="dossier-ligne">
        <Nombre
          id="d-obj-clients"
          libelle="Nouveaux clients visés"
          valeur={o.nouveauxClients}
          onValeur={(x) => maj('objectifs', 'nouveauxClients', x)}
        />
        <Nombre
          id="d-obj-ca"
          libelle="CA additionnel visé"
          valeur={o.chiffreAffaires}
          unite={symbole}
          onValeur={(x) => maj('objectifs', 'chiffreAffaires', x)}
        />
        <Nombre
          id="d-obj-marge"
          libelle="Marge visée"
          valeur={o.marge}
          unite={symbole}
          onValeur={(x) => maj('objectifs', 'marge', x)}
        />
      </div>
    </>
  );
}
