/**
 * Web Worker of the quality report (chapter 5): the duplicate search takes 10 to 40 ms on a
 * 650- to 1 000-row file, more on a phone, and runs after every cleaning operation; here it never
 * holds the page. All logic is in src/lib; this file only routes messages.
 */
import { rapportQualite } from '../../lib/fichier/qualite.ts';
import type { DemandeRapport, ReponseRapport } from './rapport.ts';

self.onmessage = (e: MessageEvent<DemandeRapport>) => {
  const { n, prospects, aujourdhui } = e.data;
  const reponse: ReponseRapport = { n, rapport: rapportQualite({ prospects, aujourdhui }) };
  (self as unknown as Worker).postMessage(reponse);
};
