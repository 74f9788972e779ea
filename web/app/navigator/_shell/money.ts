/** Kopecks as «24 000,00 ₽» (thousands apart by a narrow no-break space, a comma before kopecks); integers only. */
export function formatRoubles(kopecks: number): string {
  const value = BigInt(kopecks);
  const sign = value < 0n ? '−' : '';
  const absolute = value < 0n ? -value : value;
  const roubles = (absolute / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${roubles},${String(absolute % 100n).padStart(2, '0')}\u00a0₽`;
}
