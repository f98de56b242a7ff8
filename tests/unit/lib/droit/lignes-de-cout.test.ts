import { describe, expect, test } from 'vitest';
import { listesHorsVigueur } from '@lib/droit/lignes-de-cout.ts';
import { ligneNommant } from '@lib/droit/ligne-nommant.ts';
import { chargerJeu, listerJeux } from '../../../../src/build/jeux-de-donnees.ts';

const LIGNE = 'Prestataire de prise de rendez-vous, liste filtrée par Bloctel';
/** What chapter 9 does with a line: the lists of the company's country, then the line's words. */
const signalee = (action: string, pays: 'FR' | 'MA', date: string) =>
  ligneNommant(
    action,
    listesHorsVigueur({ date }).filter((l) => l.pays === pays),
  );

describe('une ligne de budget qui s’appuie sur une règle qui n’est plus en vigueur (tester D13)', () => {
  test('Vénimob, plan au 1er septembre 2026 : la ligne Bloctel est signalée, avec le consentement préalable', () => {
    expect(signalee(LIGNE, 'FR', '2026-09-01')?.message).toBe(
      'À revoir\u202f: Bloctel ne s’applique plus depuis le 11\u00a0août 2026\u202f: on n’appelle pas un consommateur pour le prospecter sans son consentement préalable. Renommez la ligne ou changez l’action.',
    );
  });
  test('avant le 11 août 2026, au Maroc, ou sans le mot : rien', () => {
    expect(listesHorsVigueur({ date: '2026-08-10' })).toEqual([]);
    expect(signalee(LIGNE, 'MA', '2026-09-01')).toBeUndefined();
    expect(signalee('Prise de rendez-vous', 'FR', '2026-09-01')).toBeUndefined();
    // The whole word only: « bloctelisé » is not the list's name; the case does not matter.
    expect(signalee('Fichier bloctelisé', 'FR', '2026-09-01')).toBeUndefined();
    expect(signalee('liste BLOCTEL', 'FR', '2026-09-01')).toBeDefined();
  });
});

describe('verif14 item 8 : le budget de départ d’une entreprise du cours n’est jamais signalé par le site', () => {
  for (const id of listerJeux())
    test(`${id} : aucune ligne de sa campagne passée ne nomme une liste hors vigueur`, () => {
      const { fiche, campagne } = chargerJeu({ id });
      const listes = listesHorsVigueur({ date: '2026-09-01' }).filter((l) => l.pays === fiche.pays);
      for (const l of campagne.lignesDeCout) expect(ligneNommant(l.action, listes)).toBeUndefined();
    });
});
