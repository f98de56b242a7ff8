/**
 * The behaviour of a graded production task (<tache-production>, TacheProduction.astro), loaded
 * when the task scrolls into view: restores the stored text and levels, saves every change
 * (src/stores/productions.ts), shows the total (src/lib/evaluation/grille.ts), prints only this task.
 * Plain DOM on the server-rendered markup: the grid itself is read from it.
 */
import { totalGrille, type CritereGrille } from '../lib/evaluation/grille.ts';
import { $productions, effacerProduction, modifierProduction } from '../stores/productions.ts';

const NNBSP = '\u202f';

/** Prints only the task: every element outside it and its ancestors is hidden while printing. */
function imprimer(section: HTMLElement): void {
  const chemin: HTMLElement[] = [];
  for (let e = section.parentElement; e && e !== document.body; e = e.parentElement) chemin.push(e);
  section.dataset.imprime = '';
  for (const e of chemin) e.dataset.imprimeChemin = '';
  document.body.dataset.imprimer = '';
  window.addEventListener(
    'afterprint',
    () => {
      delete section.dataset.imprime;
      for (const e of chemin) delete e.dataset.imprimeChemin;
      delete document.body.dataset.imprimer;
    },
    { once: true },
  );
  window.print();
}

/** Wires one task element; called once, when it first comes near the screen. */
export function animer(racine: HTMLElement): void {
  const id = racine.dataset.id!;
  const texte = racine.querySelector<HTMLTextAreaElement>('textarea')!;
  const impression = racine.querySelector<HTMLElement>('.grille-impression-texte')!;
  const total = racine.querySelector<HTMLElement>('[data-resultat="total-grille"]')!;
  const evalues = racine.querySelector<HTMLElement>('[data-resultat="evalues"]')!;
  const criteres: CritereGrille[] = [
    ...racine.querySelectorAll<HTMLFieldSetElement>('fieldset[data-critere]'),
  ].map((f) => ({
    id: f.dataset.critere!,
    libelle: f.querySelector('legend')?.textContent ?? '',
    niveaux: [...f.querySelectorAll('label')].map((l) => l.textContent ?? ''),
  }));

  const afficher = () => {
    const p = $productions.get()[id];
    if (document.activeElement !== texte) texte.value = p?.texte ?? '';
    impression.textContent = p?.texte ?? '';
    for (const c of criteres) {
      for (const r of racine.querySelectorAll<HTMLInputElement>(
        `fieldset[data-critere="${c.id}"] input`,
      ))
        r.checked = p?.niveaux[c.id] === Number(r.value);
    }
    const t = totalGrille({ criteres, niveaux: p?.niveaux ?? {} });
    if (!t.ok) return;
    total.textContent = `${t.valeur.points}${NNBSP}/${NNBSP}${t.valeur.max}`;
    const n = t.valeur.evalues;
    evalues.textContent = t.valeur.complet
      ? ''
      : n === 0
        ? ' (aucun critère évalué)'
        : ` (${n} critère${n > 1 ? 's' : ''} évalué${n > 1 ? 's' : ''} sur ${criteres.length})`;
  };

  texte.addEventListener('input', () => modifierProduction(id, { texte: texte.value }));
  racine.addEventListener('change', (e) => {
    const r = e.target as HTMLInputElement;
    const f = r.closest<HTMLElement>('fieldset[data-critere]');
    if (r.type === 'radio' && f)
      modifierProduction(id, { critere: f.dataset.critere!, niveau: Number(r.value) });
  });
  racine
    .querySelector('[data-action="imprimer"]')
    ?.addEventListener('click', () =>
      imprimer(racine.closest<HTMLElement>('[data-grille]') ?? racine),
    );
  racine.querySelector('[data-action="effacer"]')?.addEventListener('click', () => {
    effacerProduction(id);
    texte.value = '';
  });
  // What was typed or ticked before this script arrived (it loads when the task nears the
  // screen) is the learner's latest work: keep it rather than overwrite it with the stored one.
  const stocke = $productions.get()[id];
  if (texte.value !== '' && texte.value !== (stocke?.texte ?? ''))
    modifierProduction(id, { texte: texte.value });
  for (const r of racine.querySelectorAll<HTMLInputElement>(
    'fieldset[data-critere] input:checked',
  )) {
    const critere = r.closest<HTMLElement>('fieldset[data-critere]')!.dataset.critere!;
    if ($productions.get()[id]?.niveaux[critere] !== Number(r.value))
      modifierProduction(id, { critere, niveau: Number(r.value) });
  }
  $productions.subscribe(afficher);
  racine.dataset.pret = '';
}
