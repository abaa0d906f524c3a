/**
 * Moroccan mobile numbers as people type them: 0612345678, 0712345678, +212612345678, +212712345678
 * (spaces, dots and dashes allowed). The server stores E.164.
 */
const LOCAL = /^0([67]\d{8})$/;
const INTERNATIONAL = /^(?:\+|00)212([67]\d{8})$/;

export function toE164(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, '');
  const subscriber = LOCAL.exec(compact)?.[1] ?? INTERNATIONAL.exec(compact)?.[1];
  return subscriber ? `+212${subscriber}` : null;
}

export const isMoroccanMobile = (input: string): boolean => toE164(input) !== null;
