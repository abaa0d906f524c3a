import { toE164 } from './phone';

describe('toE164', () => {
  it.each([
    ['0612345678', '+212612345678'],
    ['07 12 34 56 78', '+212712345678'],
    ['+212612345678', '+212612345678'],
    ['+212 7-12-34-56-78', '+212712345678'],
  ])('accepts %s', (input, expected) => {
    expect(toE164(input)).toBe(expected);
  });

  it.each(['0512345678', '061234567', '+33612345678', '+2125123456789', 'abc'])('refuses %s', (input) => {
    expect(toE164(input)).toBeNull();
  });
});
