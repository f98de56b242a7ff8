/**
 * The search page's behaviour, in plain DOM code: the Pagefind bundle (/pagefind/pagefind.js,
 * written after the build) is imported on the first search only, so no other page ships search
 * code. Results show the chapter, the section (Pagefind's sub-result, with its anchor) and the
 * passage. Pagefind's excerpts are built from our own pages and only carry <mark>; they are
 * nonetheless rebuilt here as text nodes and <mark> elements, never set as HTML.
 */
interface SousResultat { title: string; url: string; excerpt: string; locations?: number[] }
interface ResultatPagefind { url: string; meta: { title?: string; chapitre?: string }; excerpt: string; sub_results?: SousResultat[] }
interface Pagefind { search(q: string): Promise<{ results: { data(): Promise<ResultatPagefind> }[] }>; options(o: object): Promise<void> }

let pagefind: Promise<Pagefind> | undefined;
function charger(): Promise<Pagefind> {
  // A variable URL: the bundler must leave this import to the browser.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (p: Pagefind) => { await p.options({ excerptLength: 24 }); return p; });
  return pagefind;
}

/** « taux de <mark>marque</mark> » → text nodes and <mark> elements. */
function extrait(html: string): DocumentFragment {
  const f = document.createDocumentFragment();
  for (const [i, morceau] of html.split(/<\/?mark>/).entries()) {
    // A <textarea> decodes entities (&amp;, &#39;) and keeps spaces, without creating any element.
    const decodeur = document.createElement('textarea');
    decodeur.innerHTML = morceau;
    const texte = decodeur.value;
    if (i % 2 === 1) { const m = document.createElement('mark'); m.textContent = texte; f.append(m); } else f.append(texte);
  }
  return f;
}

class RechercheCours extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!, champ = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const etat = this.querySelector<HTMLElement>('[data-recherche-etat]')!, liste = this.querySelector<HTMLOListElement>('[data-recherche-resultats]')!;
    let numero = 0;
    const chercher = async (q: string) => {
      const mien = ++numero;
      liste.replaceChildren();
      if (q.trim().length < 2) { etat.textContent = 'Tapez au moins deux lettres.'; return; }
      etat.textContent = 'Recherche…';
      try {
        const p = await charger();
        const { results } = await p.search(q);
        const donnees = await Promise.all(results.slice(0, 12).map((r) => r.data()));
        if (mien !== numero) return; // a newer search is under way
        etat.textContent = donnees.length === 0 ? `Aucun passage ne contient «\u00a0${q}\u00a0».` : `${results.length}\u00a0page${results.length > 1 ? 's' : ''} pour «\u00a0${q}\u00a0»${results.length > 12 ? ' (les 12 premières)' : ''}.`;
        for (const d of donnees) liste.append(this.resultat(d));
      } catch {
        etat.textContent = 'La recherche n’a pas pu se charger. Rechargez la page ; hors connexion, visitez d’abord le site une fois en ligne.';
      }
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      history.replaceState(history.state, '', `?q=${encodeURIComponent(champ.value)}`);
      void chercher(champ.value);
    });
    const initiale = new URLSearchParams(location.search).get('q');
    if (initiale) { champ.value = initiale; void chercher(initiale); }
  }

  resultat(d: ResultatPagefind): HTMLLIElement {
    const li = document.createElement('li');
    const chapitre = document.createElement('span');
    chapitre.className = 'recherche-chapitre';
    chapitre.textContent = d.meta.chapitre ? `Chapitre ${d.meta.chapitre}` : 'Fiche';
    const lien = document.createElement('a');
    // The section of the page with the most matches (its anchor), else the page.
    const section = d.sub_results?.reduce<SousResultat | undefined>((a, b) => ((b.locations?.length ?? 0) > (a?.locations?.length ?? 0) ? b : a), undefined);
    lien.href = section?.url ?? d.url;
    lien.textContent = section && section.title !== d.meta.title ? `${d.meta.title ?? ''} — ${section.title}` : d.meta.title ?? d.url;
    const p = document.createElement('p');
    p.append(extrait(section?.excerpt ?? d.excerpt));
    li.append(chapitre, lien, p);
    return li;
  }
}
customElements.define('recherche-cours', RechercheCours);
