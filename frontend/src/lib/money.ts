/**
 * Money is a decimal string with two decimals ("50.00"). Arithmetic is done in integer centimes with BigInt,
 * so that the preview shown to an influencer is exactly what the server computes: never floating point.
 */
const DECIMAL = /^(\d+)(?:[.,](\d*))?$/;

/** Parses a non-negative decimal string into an integer scaled by 10^scale, or null when it is not a number or has too many decimals. */
export function parseScaled(value: string, scale: number): bigint | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > scale) return null;
  return BigInt(whole + fraction.padEnd(scale, '0'));
}

export const toCentimes = (amount: string): bigint | null => parseScaled(amount, 2);

export function fromCentimes(centimes: bigint): string {
  const negative = centimes < 0n;
  const abs = negative ? -centimes : centimes;
  const whole = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** round_half_up(numerator / denominator) for non-negative integers. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

export interface CommissionRule {
  threshold: string;
  /** Percent, e.g. "10.00". */
  rate: string;
  flat: string;
}

export const DEFAULT_RULE: CommissionRule = { threshold: '800.00', rate: '10.00', flat: '80.00' };

/**
 * The server's rule: value < threshold → round_half_up(value × rate %, 2), otherwise the flat amount.
 * Returns null when the value or the rule cannot be read.
 */
export function commissionFor(serviceValue: string, rule: CommissionRule): string | null {
  const value = toCentimes(serviceValue);
  const threshold = toCentimes(rule.threshold);
  const flat = toCentimes(rule.flat);
  const rateHundredths = parseScaled(rule.rate, 2);
  if (value === null || threshold === null || flat === null || rateHundredths === null) return null;
  if (value >= threshold) return fromCentimes(flat);
  // centimes × (percent × 100) / (100 × 100)
  return fromCentimes(divideHalfUp(value * rateHundredths, 10_000n));
}

// fr-MA groups with a dot in CLDR; the product wants the French grouping with a space ("1 234,50 MAD").
const LOCALE_TAGS: Record<string, string> = { fr: 'fr-FR', en: 'en-US', ar: 'ar-MA' };

/**
 * Formats a money string for a language: "1 234,50 MAD" in French, "1,234.50 MAD" in English, "1.234,50 MAD" in Arabic.
 * Grouping uses Intl on a BigInt (exact); every kind of space Intl may emit becomes a no-break space.
 */
export function formatMoney(amount: string | null | undefined, language: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const negative = amount.trim().startsWith('-');
  const centimes = toCentimes(negative ? amount.trim().slice(1) : amount);
  if (centimes === null) return `${amount} MAD`;
  const [whole = '0', cents = '00'] = fromCentimes(centimes).split('.');
  const format = numberFormat(language);
  const grouped = format.format(BigInt(whole)).replace(/[\s\u202f\u00a0]/g, '\u00a0');
  return `${negative ? '-' : ''}${grouped}${decimalSeparator(format)}${cents}\u00a0MAD`;
}

/**
 * A percentage as the service sends it ("95.0") with the language's decimal separator: "95,0 %" in French, "95.0%" in English.
 * Show it in a `<bdi>`: having no letter, it then reads left to right in Arabic too ("71,7 %", not "% 71,7").
 */
export function formatPercentage(percentage: string, language: string): string {
  const number = percentage.replace('.', decimalSeparator(numberFormat(language)));
  return language === 'en' ? `${number}%` : `${number}\u00a0%`; // English writes "50.01%", as the e-mails do
}

/**
 * A decimal such as a number of days ("12.5") or a rate ("7.25"), with the digits and separator the amounts use:
 * "12,5" in French and in Arabic (not "12.5" beside "4.717,00 MAD", nor Arabic-Indic digits).
 */
export function formatDecimal(value: string, language: string, maximumFractionDigits = 1): string {
  const number = Number.parseFloat(value);
  if (!Number.isFinite(number)) return value;
  return numberFormat(language, { maximumFractionDigits }).format(number);
}

/** A rate sent as a 4-decimal fraction ("0.6667") as a percentage, separator as in the amounts ("66,7 %"); "—" when undefined. */
export function formatRate(rate: string | null | undefined, language: string): string {
  const fraction = rate ? Number.parseFloat(rate) : Number.NaN;
  if (!Number.isFinite(fraction)) return '—';
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 1 })
    .format(fraction)
    .replace(/[\s\u202f]/g, '\u00a0'); // as in formatMoney: one kind of no-break space whatever the ICU
}

/** The language's number format, always in Latin digits (the amounts' digits in every language). */
const numberFormat = (language: string, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(LOCALE_TAGS[language] ?? 'fr-FR', { ...options, numberingSystem: 'latn' });

const decimalSeparator = (format: Intl.NumberFormat): string =>
  format.formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? ',';
