/**
 * The site's notice that the learner's work is not being kept (issue 15), in plain DOM code, on
 * every page whose work is stored (simulators, Données, Mon dossier, Mon bilan): a browser that
 * refuses to keep anything, or has run out of room (`$etatStockage`). One notice for the page,
 * whatever islands it holds; unreadable values set aside are the islands' AvisStockage.
 */
import { $etatStockage, type EtatStockage } from '../stores/persistance.ts';

const ETATS: Record<Exclude<EtatStockage, 'ok'>, string> = {
  bloque:
    'Ce navigateur ne laisse pas le site enregistrer de données (réglage du navigateur ou de l’établissement)\u202f: le cours fonctionne, mais rien de ce que vous saisissez ne sera gardé après cette page.',
  plein:
    'Le navigateur n’a plus de place pour ce site\u202f: votre dernière saisie reste affichée mais ne sera pas gardée après un rechargement. Exportez votre travail depuis la page Mon bilan, puis libérez de la place.',
};

function afficher(): void {
  const etat = $etatStockage.get();
  let avis = document.querySelector<HTMLElement>('[data-avis-stockage]');
  if (etat === 'ok') {
    avis?.remove();
    return;
  }
  if (!avis) {
    avis = document.createElement('div');
    avis.className = 'avis-stockage avis-stockage-site';
    avis.dataset.avisStockage = '';
    avis.setAttribute('role', 'alert');
    (document.querySelector('main') ?? document.body).prepend(avis);
  }
  avis.dataset.etat = etat;
  const texte = document.createElement('p');
  texte.textContent = ETATS[etat];
  const lignes = [texte];
  if (etat === 'plein' && location.pathname !== '/bilan/') {
    const lien = document.createElement('a');
    lien.href = '/bilan/#sauvegarde';
    lien.textContent = 'Exporter mon travail (Mon bilan)';
    const p = document.createElement('p');
    p.append(lien);
    lignes.push(p);
  }
  avis.replaceChildren(...lignes);
}

$etatStockage.subscribe(afficher);
