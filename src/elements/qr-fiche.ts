/**
 * Draws, on a worksheet, the QR code of each randomized problem's version, from the page's own
 * address (the site may be served from any host, a USB stick or a school server). Generated
 * here with `uqr`, loaded with this page only; the code is built as SVG elements, not markup.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

for (const lien of document.querySelectorAll<HTMLAnchorElement>('[data-qr-lien]')) {
  const cible = lien.closest('.fiche-version')?.querySelector('[data-qr-pour]');
  if (!cible) continue;
  const adresse = new URL(lien.getAttribute('href') ?? '/', location.href).href;
  lien.textContent = adresse;
  const { data, size } = encode(adresse, { border: 1 });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const chemin = document.createElementNS(SVG, 'path');
  let d = '';
  data.forEach((ligne, y) =>
    ligne.forEach((noir, x) => {
      if (noir) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  chemin.setAttribute('d', d);
  svg.append(chemin);
  cible.replaceChildren(svg);
}
