/**
 * The date at which the lessons state the law: the sample companies' « today » (their
 * `dateReference`, the day their files and campaigns are judged at). One date for every
 * « état du droit » and every rule shown at build time, so a page never mixes two states of the
 * law, and a rebuild on another day prints the same text.
 */
const dates = import.meta.glob<string>('/content/datasets/*/entreprise.json', {
  eager: true,
  import: 'dateReference',
});

/** The sample companies' reference date (ISO); the latest if they ever differ. */
export const DATE_DU_DROIT: string = Object.values(dates).sort().at(-1) ?? '2026-09-01';
