/**
 * The « état du droit » of the dossier: the rules of prospecting in force for the country of the
 * dossier's company, with their sources. The rows come from src/lib/droit, computed at build time
 * by the page and passed as plain data (the island ships none of the rules engine). The country is
 * read from the currency: a dossier in dirhams is a Moroccan company's, one in euros a French one's.
 */
import { minuscule } from '../../lib/commun/majuscule.ts';
import type { LigneEtatDuDroit } from '../../lib/droit/index.ts';

/** The state of the law of each country, as the page computed it. */
export type DroitParPays = Record<
  'FR' | 'MA',
  {
    titre: string;
    lignes: Pick<
      LigneEtatDuDroit,
      'id' | 'libelle' | 'canauxTexte' | 'ciblesTexte' | 'sourceTexte' | 'portee'
    >[];
  }
>;

const PORTEE = {
  loi: '',
  recommandation: 'Recommandation\u202f: ',
  silence: 'La loi est muette\u202f: ',
} as const;

/** The state of the law for the dossier's company. */
export function DroitDossier({ droit, devise }: { droit: DroitParPays; devise: 'EUR' | 'MAD' }) {
  const pays = devise === 'MAD' ? 'MA' : 'FR';
  const etat = droit[pays];
  return (
    <section class="dossier-droit" data-droit-dossier={pays} aria-labelledby="titre-droit-dossier">
      <h3 id="titre-droit-dossier">{etat.titre}</h3>
      <p>
        Les règles que la prospection de l’entreprise doit respecter, dans son pays, avec leurs
        sources.
      </p>
      <ul>
        {etat.lignes.map((l) => (
          <li key={l.id} data-regle={l.id}>
            {PORTEE[l.portee]}
            {PORTEE[l.portee] ? minuscule(l.libelle) : l.libelle}{' '}
            <span class="champ-aide">
              ({l.canauxTexte}
              {'\u202f'}; {l.ciblesTexte}
              {'\u202f'}; {l.sourceTexte})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
