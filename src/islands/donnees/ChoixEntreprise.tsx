/**
 * Island « Entreprise étudiée »: the company switcher of /donnees/ (the header has a plain link
 * instead, to stay without framework JavaScript). Every island reading the campaign follows it.
 */
import { useStore } from '@nanostores/preact';
import { $entreprise, $entreprises, choisirEntreprise } from '../../stores/campagne.ts';
import { ENTREPRISES_EXEMPLES } from '../../stores/catalogue.ts';
import { useMonte } from '../ui/hydratation.ts';

export default function ChoixEntreprise() {
  const monte = useMonte();
  const stockees = useStore($entreprises),
    stockee = useStore($entreprise);
  // The server knows only the samples and the default choice (see hydratation.ts).
  const entreprises = monte ? stockees : ENTREPRISES_EXEMPLES,
    courante = monte ? stockee : ENTREPRISES_EXEMPLES[0];
  return (
    <div class="choix-entreprise" data-island="choix-entreprise">
      <label for="choix-entreprise">Entreprise étudiée dans tout le cours</label>
      <select
        id="choix-entreprise"
        value={courante?.id}
        onChange={(e) => choisirEntreprise(e.currentTarget.value)}
      >
        {entreprises.map((e) => (
          <option key={e.id} value={e.id}>
            {e.importe ? `Mon fichier\u202f: ${e.nom}` : e.nom}
          </option>
        ))}
      </select>
      <p class="choix-entreprise-aide">
        Chaque entreprise garde votre travail (fichier nettoyé, scoring, méthode, budget,
        entonnoir).
      </p>
    </div>
  );
}
