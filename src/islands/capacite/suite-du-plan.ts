/**
 * What chapter 8 loads once its capacity was edited (or on « Partir de ma sélection »): the plan's
 * visits, the « à revoir » notice /campagne/ computes, and the link back to chapter 7. One chunk,
 * apart from the island: chapter 8 sits at the edge of its JavaScript budget.
 */
export { visitesDeLaSelection } from '../../stores/plan.ts';
export { EtapeARevoir } from '../campagne/EtapeARevoir.tsx';
export { AvecLienChapitre7 } from '../ui/lien-chapitre.tsx';
