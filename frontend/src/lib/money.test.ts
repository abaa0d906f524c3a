import { commissionFor, DEFAULT_RULE, formatDecimal, formatMoney, formatPercentage, formatRate, parseScaled } from './money';

const NBSP = '\u00a0';

describe('commissionFor', () => {
  it.each([
    ['500', '50.00'],
    ['500.00', '50.00'],
    ['1500', '80.00'],
    ['799.99', '80.00'],
    ['800', '80.00'],
    ['0.05', '0.01'],
    ['0.04', '0.00'],
    ['123.45', '12.35'],
  ])('applies the default rule to %s → %s', (value, expected) => {
    expect(commissionFor(value, DEFAULT_RULE)).toBe(expected);
  });

  it('applies an agreement override', () => {
    expect(commissionFor('500', { threshold: '1000.00', rate: '12.50', flat: '150.00' })).toBe('62.50');
    expect(commissionFor('1000', { threshold: '1000.00', rate: '12.50', flat: '150.00' })).toBe('150.00');
  });

  it('refuses values it cannot read exactly', () => {
    expect(commissionFor('12.345', DEFAULT_RULE)).toBeNull();
    expect(commissionFor('abc', DEFAULT_RULE)).toBeNull();
    expect(parseScaled('7,5', 2)).toBe(750n);
  });
});

describe('formatMoney', () => {
  it('formats per language', () => {
    expect(formatMoney('1234.50', 'fr')).toBe(`1${NBSP}234,50${NBSP}MAD`);
    expect(formatMoney('50.00', 'fr')).toBe(`50,00${NBSP}MAD`);
    expect(formatMoney('1234.50', 'en')).toBe(`1,234.50${NBSP}MAD`);
    expect(formatMoney('1234.50', 'ar')).toBe(`1.234,50${NBSP}MAD`);
    expect(formatMoney('-80.00', 'fr')).toBe(`-80,00${NBSP}MAD`);
  });
});

describe('formatPercentage', () => {
  it('keeps the service’s digits with the language’s decimal separator', () => {
    expect(formatPercentage('95.0', 'fr')).toBe(`95,0${NBSP}%`);
    expect(formatPercentage('50.01', 'en')).toBe('50.01%');
    expect(formatPercentage('7.5', 'ar')).toBe(`7,5${NBSP}%`);
  });
});

describe('formatDecimal', () => {
  it('writes a number of days with the separator and digits of the amounts', () => {
    expect(formatDecimal('116.6', 'fr')).toBe('116,6');
    expect(formatDecimal('116.6', 'ar')).toBe('116,6');
    expect(formatDecimal('12.25', 'en')).toBe('12.3');
    expect(formatDecimal('7.25', 'ar', 2)).toBe('7,25');
  });
});

describe('formatRate', () => {
  it('shows a fraction as a percentage with the separator of the amounts, and a dash when there is none', () => {
    expect(formatRate('0.6667', 'fr')).toBe(`66,7${NBSP}%`);
    expect(formatRate('0.6667', 'ar')).toMatch(/^66,7\u200e?%\u200e?$/); // Intl marks the sign left-to-right
    expect(formatRate('0.5', 'en')).toBe('50%');
    expect(formatRate(null, 'fr')).toBe('—');
  });
});
