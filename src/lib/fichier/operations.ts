/**
 * How many operations the cleaning log holds, as chapter 5 says it (issue 14): an operation may be
 * a correction, a merge or a deletion, so « Ma campagne » uses the chapter's words rather than
 * calling them all corrections. Its own module, not journal.ts: the log's replay is on every page
 * that reads the cleaned file, this sentence only on chapter 5 and « Ma campagne ».
 */
import { accorder } from '../commun/accord.ts';

/** « après 1 opération », « après 3 opérations » (« sans aucune opération » for an empty log). */
export function apresOperations(operations: number): string {
  return operations > 0
    ? `après ${accorder(operations, 'opération', 'opérations', { feminin: true })}`
    : 'sans aucune opération';
}
