/** A partial date as a fractional year: `1950-09` is about 1950.7. */
export function yearOf(date: string): number {
  const [y, m, d] = String(date).split('-').map(Number);
  return y! + ((m ?? 1) - 1) / 12 + ((d ?? 1) - 1) / 365;
}
