const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 Jun 2024", "Jun 2024", "2024" or "Undated", following the precision the source gave. */
export function formatPublished(value: string | null, precision: string | null): string {
  if (!value) return 'Undated';
  const [y, m, d] = value.split('-');
  if (precision === 'year' || !m) return y ?? value;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (precision === 'month' || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}
