/** The editable figures of the method studied: cost per contact, fixed costs, pace, and each stage's range. */
import type { FiguresSaisies } from '../../stores/methodes.ts';
import type { ChampMethodes } from '../../lib/campagne/methodes-saisi.ts';
import type { Methode } from '../../lib/methodes/methodes.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';

interface Props {
  methode: Methode;
  figures: FiguresSaisies;
  erreurs: Partial<Record<ChampMethodes, string>>;
  symbole: string;
  onSaisie: (champ: string, valeur: string) => void;
}

// Short labels keep the three bounds side by side on a phone; the legend spells them out.
const BORNES = [
  ['min', 'min.'],
  ['probable', 'probable'],
  ['max', 'max.'],
] as const;

export function FiguresMethode({ methode: m, figures, erreurs, symbole, onSaisie }: Props) {
  const id = (champ: string) => `methode-${m.id}-${champ}`;
  const champ = (
    c: 'coutParContact' | 'coutsFixes' | 'contactsParJour',
    libelle: string,
    unite?: string,
  ) => (
    <ChampNombre
      id={id(c)}
      libelle={libelle}
      unite={unite}
      valeur={figures[c]}
      erreur={erreurs[`${m.id}-${c}`]}
      onSaisie={(t) => onSaisie(c, t)}
    />
  );
  return (
    <div class="figures-methode">
      <div class="figures-couts">
        {champ('coutParContact', 'Coût par contact', symbole)}
        {champ('coutsFixes', 'Coûts fixes de la campagne', symbole)}
        {champ('contactsParJour', 'Contacts par jour')}
      </div>
      {m.etapes.map((e, i) => (
        <fieldset key={i} class="etape-methode" data-etape={i}>
          <legend>
            {i + 1}. {e.nom}{' '}
            <span class="etape-sur">(minimum, probable, maximum, sur l’étape précédente)</span>
          </legend>
          <div class="etape-bornes">
            {BORNES.map(([k, nom]) => (
              <ChampNombre
                key={k}
                id={id(`etape-${i}-${k}`)}
                libelle={nom}
                unite="%"
                valeur={figures.etapes[i]?.[k] ?? ''}
                erreur={erreurs[`${m.id}-etape-${i}-${k}`]}
                onSaisie={(t) => onSaisie(`etape-${i}-${k}`, t)}
              />
            ))}
          </div>
          {erreurs[`${m.id}-etape-${i}`] && (
            <p class="champ-erreur" role="alert">
              {erreurs[`${m.id}-etape-${i}`]}
            </p>
          )}
        </fieldset>
      ))}
      <p class="sources-methode">
        Sources des chiffres par défaut&#8239;: {m.sources.join('\u202f; ')}.
      </p>
    </div>
  );
}
