/**
 * The network map as an SVG picture (role="img", described in words by src/lib), with one real
 * button laid over each node, so that a contact can be chosen for editing from the keyboard.
 * The buttons sit outside the picture on purpose: an image's children are not interactive for
 * assistive technologies. Positions come from src/lib/reseau/carte.ts; nothing is computed here.
 */
import { CATEGORIES_RESEAU, LIBELLES_FORCE, type Contact } from '../../lib/reseau/reseau.ts';
import {
  RANG_DE_LA_FORCE,
  RANGS,
  RAYON_CENTRE,
  RAYON_NOEUD,
  type Carte,
} from '../../lib/reseau/carte.ts';

interface Props {
  carte: Carte;
  contacts: readonly Contact[];
  comptes: Record<string, number>;
  perdusDeVue: ReadonlySet<string>;
  description: string;
  onChoisir: (id: string) => void;
}

/** Corner of each network's label: x, y, text-anchor. */
const COINS = {
  personnel: [12, 30, 'start'],
  vertical: [628, 30, 'end'],
  horizontal: [628, 624, 'end'],
  transversal: [12, 624, 'start'],
} as const;

export function CarteReseau({
  carte,
  contacts,
  comptes,
  perdusDeVue,
  description,
  onChoisir,
}: Props) {
  const { cote, centre } = carte;
  const parId = new Map(contacts.map((c) => [c.id, c]));
  const pourcent = (v: number) => `${(v / cote) * 100}%`;
  return (
    <figure class="reseau-carte">
      <div class="reseau-carte-cadre">
        <svg
          viewBox={`0 0 ${cote} ${cote}`}
          role="img"
          aria-label={description}
          data-carte="reseau"
        >
          {CATEGORIES_RESEAU.map((c, i) => {
            const [x, y] = [i === 1 || i === 2 ? centre : 0, i >= 2 ? centre : 0];
            return (
              <rect
                key={c}
                class={`reseau-secteur reseau-${c}`}
                x={x}
                y={y}
                width={centre}
                height={centre}
              />
            );
          })}
          {([3, 2, 1] as const).map((f) => (
            <circle
              key={f}
              class="reseau-anneau"
              cx={centre}
              cy={centre}
              r={RANGS[RANG_DE_LA_FORCE[f]]}
            />
          ))}
          <line class="reseau-axe" x1={0} y1={centre} x2={cote} y2={centre} />
          <line class="reseau-axe" x1={centre} y1={0} x2={centre} y2={cote} />
          {CATEGORIES_RESEAU.map((c) => {
            const [x, y, ancre] = COINS[c];
            return (
              <text
                key={c}
                class="reseau-libelle"
                x={x}
                y={y}
                text-anchor={ancre}
              >{`${c[0].toUpperCase()}${c.slice(1)} (${comptes[c] ?? 0})`}</text>
            );
          })}
          <circle class="reseau-centre" cx={centre} cy={centre} r={RAYON_CENTRE} />
          <text class="reseau-centre-texte" x={centre} y={centre + 5} text-anchor="middle">
            Vous
          </text>
          {carte.noeuds.map((n) => (
            <g
              key={n.id}
              data-noeud={n.id}
              class={`reseau-noeud reseau-${n.categorie}${perdusDeVue.has(n.id) ? ' reseau-perdu' : ''}`}
            >
              <circle cx={n.x} cy={n.y} r={RAYON_NOEUD} />
              <text x={n.x} y={n.y + 4.5} text-anchor="middle">
                {n.numero}
              </text>
            </g>
          ))}
        </svg>
        {carte.noeuds.map((n) => {
          const c = parId.get(n.id);
          if (!c) return null;
          return (
            <button
              key={n.id}
              type="button"
              class="reseau-noeud-bouton non-imprimable"
              data-noeud-bouton={n.id}
              style={{
                left: pourcent(n.x),
                top: pourcent(n.y),
                width: pourcent(2 * RAYON_NOEUD + 4),
                height: pourcent(2 * RAYON_NOEUD + 4),
              }}
              aria-label={`Modifier le contact ${n.numero}, ${c.nom} (réseau ${c.categorie}, lien ${LIBELLES_FORCE[c.force]})`}
              title={`${n.numero}. ${c.nom}`}
              onClick={() => onChoisir(n.id)}
            />
          );
        })}
      </div>
      <figcaption class="reseau-legende">
        Un quart de cercle par réseau&#8239;; plus un contact est près du centre, plus le lien est
        fort (anneaux&#8239;: fort, moyen, faible). Contour en pointillé&#8239;: aucun échange
        depuis plus de 6&nbsp;mois. Les numéros renvoient à la liste.
      </figcaption>
    </figure>
  );
}
