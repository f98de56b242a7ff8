/**
 * What one visit costs (chapter 7), alone in its module so that the comparator reads it without
 * the company context: the salesperson's time — an hour's loaded cost × the hours of a
 * day ÷ the visits of that day, which is also the year's cost ÷ the year's visits — plus the
 * travel of one visit. Null when the card lacks a figure: no made-up default.
 */
export function coutDUneVisite(f: {
  coutHoraireHT?: number;
  heuresParJour?: number;
  visitesParJour: number;
  fraisParVisiteHT?: number;
}): number | null {
  const { coutHoraireHT: h, heuresParJour: j, visitesParJour: v, fraisParVisiteHT: frais } = f;
  if (
    ![h, j, v, frais].every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0) ||
    v === 0
  )
    return null;
  return (h! * j!) / v + frais!;
}
