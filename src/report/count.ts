// Numbers in reports, "1,234,567": without Intl, whose first use (toLocaleString) loads ICU data, tens of ms on a
// hook's path.

/** 1234567 -> "1,234,567". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
