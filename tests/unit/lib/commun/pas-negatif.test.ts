import { describe, expect, test } from 'vitest';
import { pasNegatif } from '../../../../src/lib/commun/majuscule.ts';

describe('pasNegatif : le message d’un nombre négatif s’accorde avec le nom du champ', () => {
  test.each([
    ['le coût par contact', 'Le coût par contact ne peut pas être négatif.'],
    ['la marge par client', 'La marge par client ne peut pas être négative.'],
    ['les coûts fixes', 'Les coûts fixes\u202f: saisissez un nombre positif ou nul.'],
    [
      'l’objectif de commandes',
      'L’objectif de commandes\u202f: saisissez un nombre positif ou nul.',
    ],
  ])('%s', (nom, message) => expect(pasNegatif(nom)).toBe(message));
});
