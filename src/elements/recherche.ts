/**
 * The search page's behaviour, in plain DOM code: the Pagefind bundle (/pagefind/pagefind.js,
 * written after the build) is imported on the first search only, so no other page ships search
 * code. Results show as the learner types (200 ms after the last key), with the chapter, the
 * section (Pagefind's sub-result, with its anchor) and the passage. Pagefind stems French words
 * (« AIDA » would find « aide »): each page's text is checked again (src/lib/commun/recherche-mots.ts),
 * pages holding the exact word come first, and only the words that answer are highlighted.
 * Pagefind's excerpts are built from our own pages and only carry <mark>; they are nonetheless
 * rebuilt here as text nodes and <mark> elements, never set as HTML.
 */
import { correspond, exact, mots } from '../lib/commun/recherche-mots.ts';

interface SousResultat {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface ResultatPagefind {
  url: string;
  content: string;
  meta: { title?: string; chapitre?: string };
  excerpt: string;
  sub_results?: SousResultat[];
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<ResultatPagefind> }[] }>;
  options(o: object): Promise<void>;
}

/** Pages read from Pagefind's ranking before the check (a page is fetched only when read). */
const LUS = 30;
/** Results shown. */
const MONTRES = 12;
/** Wait after the last key before searching. */
const ATTENTE_MS = 200;

let pagefind: Promise<Pagefind> | undefined;
function charger(): Promise<Pagefind> {
  // A variable URL: the bundler must leave this import to the browser.
  const url = '/pagefind/pagefind.js';
  // termSimilarity above its default 1 favours words as long as the searched one (exact terms).
  pagefind ??= import(/* @vite-ignore */ url).then(async (p: Pagefind) => {
    await p.options({ excerptLength: 24, ranking: { termSimilarity: 3 } });
    return p;
  });
  return pagefind;
}

/** « taux de <mark>marque</mark> » → text nodes, and <mark> only around words that answer the search. */
function extrait(html: string, repond: (mot: string) => boolean): DocumentFragment {
  const f = document.createDocumentFragment();
  for (const [i, morceau] of html.split(/<\/?mark>/).entries()) {
    // A <textarea> decodes entities (&amp;, &#39;) and keeps spaces, without creating any element.
    const decodeur = document.createElement('textarea');
    decodeur.innerHTML = morceau;
    const texte = decodeur.value;
    if (i % 2 === 1 && repond(texte)) {
      const m = document.createElement('mark');
      m.textContent = texte;
      f.append(m);
    } else f.append(texte);
  }
  return f;
}

/** The highlighted words of an excerpt that answer the search. */
const marquesQuiRepondent = (html: string, repond: (mot: string) => boolean) =>
  html.split(/<\/?mark>/).filter((m, i) => i % 2 === 1 && repond(m)).length;

class RechercheCours extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!,
      champ = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const etat = this.querySelector<HTMLElement>('[data-recherche-etat]')!,
      liste = this.querySelector<HTMLOListElement>('[data-recherche-resultats]')!;
    const suggestions = this.querySelector<HTMLElement>('[data-recherche-suggestions]');
    let numero = 0,
      minuterie: ReturnType<typeof setTimeout> | undefined;
    const chercher = async (q: string) => {
      const mien = ++numero;
      clearTimeout(minuterie);
      if (suggestions) suggestions.hidden = true;
      const termes = mots(q);
      if (q.trim().length < 2 || termes.length === 0) {
        liste.replaceChildren();
        etat.textContent = 'Tapez au moins deux lettres.';
        return;
      }
      etat.textContent = 'Recherche…';
      try {
        const p = await charger();
        const { results } = await p.search(q);
        const lues = await Promise.all(results.slice(0, LUS).map((r) => r.data()));
        if (mien !== numero) return; // a newer search is under way
        // Keep the pages where every searched word is answered by a word of the text; exact words first.
        const retenues = lues
          .map((d, rang) => {
            const texte = mots(`${d.meta.title ?? ''} ${d.content}`);
            const trouves = termes.map((t) => texte.some((w) => correspond(w, t)));
            const exacts = termes.filter((t) => texte.some((w) => exact(w, t))).length;
            return { d, rang, garde: trouves.every(Boolean), exacts };
          })
          .filter((r) => r.garde)
          .sort((a, b) => b.exacts - a.exacts || a.rang - b.rang)
          .map((r) => r.d);
        const montrees = retenues.slice(0, MONTRES);
        liste.replaceChildren(...montrees.map((d) => this.resultat(d, termes)));
        if (montrees.length === 0) {
          etat.textContent = `Aucun passage ne contient «\u00a0${q}\u00a0». Vérifiez l’orthographe, essayez un mot plus court ou parcourez un chapitre.`;
          if (suggestions) suggestions.hidden = false;
        } else {
          const plus = results.length > LUS ? ' ou plus' : '';
          etat.textContent = `${retenues.length}${plus}\u00a0page${retenues.length > 1 ? 's' : ''} pour «\u00a0${q}\u00a0»${retenues.length > MONTRES ? ` (les ${MONTRES} premières)` : ''}.`;
        }
      } catch {
        etat.textContent =
          'La recherche n’a pas pu se charger. Rechargez la page ; hors connexion, visitez d’abord le site une fois en ligne.';
      }
    };
    const lancer = (q: string) => {
      history.replaceState(
        history.state,
        '',
        q ? `?q=${encodeURIComponent(q)}` : location.pathname,
      );
      void chercher(q);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      lancer(champ.value);
    });
    // As the learner types: one search 200 ms after the last key.
    champ.addEventListener('input', () => {
      clearTimeout(minuterie);
      minuterie = setTimeout(() => lancer(champ.value), ATTENTE_MS);
    });
    const initiale = new URLSearchParams(location.search).get('q');
    if (initiale) {
      champ.value = initiale;
      void chercher(initiale);
    }
  }

  resultat(d: ResultatPagefind, termes: string[]): HTMLLIElement {
    const repond = (mot: string) => termes.some((t) => correspond(mot, t));
    const li = document.createElement('li');
    const chapitre = document.createElement('span');
    chapitre.className = 'recherche-chapitre';
    chapitre.textContent = d.meta.chapitre ? `Chapitre ${d.meta.chapitre}` : 'Fiche';
    const lien = document.createElement('a');
    // The section of the page whose passage shows the most words that answer (its anchor), else the page.
    const section = d.sub_results?.reduce<SousResultat | undefined>(
      (a, b) =>
        marquesQuiRepondent(b.excerpt, repond) > (a ? marquesQuiRepondent(a.excerpt, repond) : 0)
          ? b
          : a,
      undefined,
    );
    lien.href = section?.url ?? d.url;
    lien.textContent =
      section && section.title !== d.meta.title
        ? `${d.meta.title ?? ''} — ${section.title}`
        : (d.meta.title ?? d.url);
    const p = document.createElement('p');
    p.append(extrait(section?.excerpt ?? d.excerpt, repond));
    li.append(chapitre, lien, p);
    return li;
  }
}
customElements.define('recherche-cours', RechercheCours);
