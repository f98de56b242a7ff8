/** The RFM segments of the portfolio over the 24 months, with what each calls for. */
import { formatMontant, formatPourcentage } from '../../lib/commun/nombres.ts';
import type { SegmentRFM } from '../../lib/portefeuille/portefeuille.ts';
import type { AnalyseVentes } from '../../stores/portefeuille-analyse.ts';

/** How the lesson reads each segment (names shown, not computed). */
const SEGMENTS: Record<SegmentRFM, { nom: string; regle: string; action: string }> = {
  excellents: {
    nom: 'Excellents',
    regle: 'R, F et M ≥\u00a04',
    action: 'À choyer\u202f: interlocuteur attitré, offres réservées.',
  },
  reguliers: {
    nom: 'Réguliers',
    regle: 'les autres',
    action: 'Suivi régulier, ventes additionnelles.',
  },
  nouveaux: {
    nom: 'Nouveaux',
    regle: 'R ≥\u00a04, F ≤\u00a02',
    action: 'À fidéliser\u202f: obtenir la deuxième commande.',
  },
  'a-relancer': {
    nom: 'À relancer',
    regle: 'R ≤\u00a02, F ou M ≥\u00a03',
    action: 'Bons clients devenus silencieux\u202f: campagne de réactivation.',
  },
  perdus: {
    nom: 'Perdus',
    regle: 'R, F et M ≤\u00a02',
    action: 'Relance légère, sans gros moyens.',
  },
};

export function SegmentsRFM({ rfm, devise }: { rfm: AnalyseVentes['rfm']; devise: 'EUR' | 'MAD' }) {
  return (
    <>
      <p class="portefeuille-note">
        Sur les 24 mois de ventes, chaque client reçoit une note de 1 à 5 en récence, fréquence et
        montant (par quintiles, 5 = meilleur).
      </p>
      <div class="tableau-defilant" tabIndex={0} role="region" aria-label="Segments RFM">
        <table class="tableau-donnees" data-tableau="rfm">
          <caption>Segments RFM et action à mener</caption>
          <thead>
            <tr>
              <th scope="col">Segment et action</th>
              <th scope="col" class="nombre">
                Clients
              </th>
              <th scope="col" class="nombre">
                Part du CA
              </th>
            </tr>
          </thead>
          <tbody>
            {rfm.map((s) => (
              <tr key={s.segment} data-segment={s.segment}>
                <th scope="row">
                  {SEGMENTS[s.segment].nom}{' '}
                  <span class="portefeuille-regle">({SEGMENTS[s.segment].regle})</span>
                  <span class="portefeuille-action">{SEGMENTS[s.segment].action}</span>
                </th>
                <td class="nombre" data-colonne="nombre">
                  {s.nombre}{' '}
                  <span class="portefeuille-regle">({formatPourcentage(s.part, 0)})</span>
                </td>
                <td
                  class="nombre"
                  data-colonne="part-montant"
                  title={formatMontant(s.montant, devise, 0)}
                >
                  {formatPourcentage(s.partMontant, 1)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
