/** Number and text formatting shared by the panels, legend, popups and table. */
const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
const twoSignificant = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 });

export function formatCount(value: number): string {
  return integer.format(value);
}

/** Rates: one decimal above 10, two significant digits below, so small values keep their meaning. */
export function formatRate(value: number): string {
  if (value === 0) return '0';
  return Math.abs(value) >= 10 ? oneDecimal.format(value) : twoSignificant.format(value);
}

export function formatKm(value: number): string {
  return `${oneDecimal.format(value)} km`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * How a choropleth value is written: whole numbers for plain counts; rates and the yearly averages of a
 * change view are fractional, so they keep their significant digits.
 */
export function formatValue(
  rate: 'count' | 'per100k' | 'per1000km2',
  change: boolean,
): (value: number) => string {
  return rate === 'count' && !change ? formatCount : formatRate;
}
