/**
 * A simulator's typed input kept per company: a plan made for the Casablanca packaging firm
 * must not follow the learner to the Lyon furniture maker. One persisted record
 * `atelier:v1:<nom>` maps company ids to inputs; the current company's input (or the default)
 * is a computed store, so switching company changes the island with no code of its own.
 *
 * HOW THE STORED VALUE CAN GO STALE: an input whose shape changed fails `valider`; the whole
 * record is then set aside and reported (persistance.ts), and every company gets the default.
 * `ancienne` reads the single-company key used before this store existed, once, for the company
 * studied at that moment, so a learner's earlier input is not lost.
 */
import { computed } from 'nanostores';
import { $entreprise, type EntrepriseResume } from './entreprise.ts';
import { atomePersistant, validerParEntreprise, type Validateur } from './persistance.ts';

/** Builds the per-company store of one simulator's input. */
export function saisieParEntreprise<T>({
  nom,
  libelle,
  defaut,
  valider,
  ancienne,
}: {
  nom: string;
  /** What the store holds, as a learner names it in a message (« du budget (chapitre 9) »). */
  libelle?: string;
  /** The input of a company not touched yet (from its currency, or its whole context). */
  defaut: (devise: 'EUR' | 'MAD', entreprise?: EntrepriseResume) => T;
  valider: Validateur<T>;
  /** Name of the former single-company key (`atelier:v1:<ancienne>`), adopted once. */
  ancienne?: string;
}) {
  const $toutes = atomePersistant<Record<string, T>>(nom, {}, validerParEntreprise(valider), {
    libelle,
  });

  /** The current company's input. */
  const $saisie = computed(
    [$toutes, $entreprise],
    (toutes, e) => (e && toutes[e.id]) || defaut(e?.devise ?? 'EUR', e),
  );

  /** Replaces the current company's input. */
  const definir = (s: T): void => {
    const e = $entreprise.get();
    if (e) $toutes.set({ ...$toutes.get(), [e.id]: s });
  };

  /** Back to the default for the current company (the other companies keep theirs). */
  const reinitialiser = (): void => {
    const e = $entreprise.get();
    if (!e) return;
    const { [e.id]: _, ...autres } = $toutes.get();
    $toutes.set(autres);
  };

  if (ancienne) {
    // Read through the same validated persistence, so a damaged former value is reported too.
    const $ancienne = atomePersistant<T | undefined>(ancienne, undefined, (b) => valider(b), {
      libelle,
    });
    const lu = $ancienne.get(),
      e = $entreprise.get();
    if (lu !== undefined) {
      if (e && !$toutes.get()[e.id]) definir(lu);
      $ancienne.set(undefined); // removes the former key
    }
  }

  return { $saisie, $toutes, definir, reinitialiser };
}
