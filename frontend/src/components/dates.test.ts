import { formatPeriod } from './dates';

describe('formatPeriod', () => {
  it('points from the first date to the second in the reading direction', () => {
    expect(formatPeriod('2026-12-01', '2027-06-01', 'ltr')).toBe('01/12/2026 → 01/06/2027');
    expect(formatPeriod('2026-12-01', '2027-06-01', 'rtl')).toBe('01/12/2026 ← 01/06/2027');
    expect(formatPeriod('2026-12-01', null, 'ltr')).toBe('01/12/2026 → —');
  });
});
