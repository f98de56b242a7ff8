/**
 * `<progres-accueil>`: one progress line per chapter card on the home page. The home page ships
 * no framework island and at most 2 KB of JS before idle (ARCHITECTURE), so this element only
 * waits for the browser to be idle, then loads progres-accueil-calcul.ts (the store, its
 * validation and bilan.ts) as a separate script. Without JavaScript, or before idle, each line
 * keeps its server text (« 14 exercices »).
 */
import urlCalcul from './progres-accueil-calcul.ts?worker&url';
import { quandInactif } from './inactif.ts';

class ProgresAccueil extends HTMLElement {
  connectedCallback(): void {
    if (
      !this.querySelector('[data-progres]') ||
      document.querySelector('script[data-progres-accueil]')
    )
      return;
    const charger = () => {
      const script = Object.assign(document.createElement('script'), {
        src: urlCalcul,
        type: 'module',
      });
      script.dataset.progresAccueil = '';
      document.head.append(script);
    };
    quandInactif(charger);
  }
}

if (!customElements.get('progres-accueil'))
  customElements.define('progres-accueil', ProgresAccueil);
