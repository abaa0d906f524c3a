import dayjs from 'dayjs';

export const formatDateTime = (instant: string | null | undefined): string =>
  instant ? dayjs(instant).format('DD/MM/YYYY HH:mm') : '—';

export const formatDate = (date: string | null | undefined): string => (date ? dayjs(date).format('DD/MM/YYYY') : '—');

/**
 * "01/12/2026 → 01/06/2027". On a right-to-left page the dates are laid out from the right, and an arrow is not
 * mirrored like a parenthesis: it has to point left there to go from the first date to the second.
 */
export const formatPeriod = (from: string | null | undefined, to: string | null | undefined, direction: 'ltr' | 'rtl'): string =>
  `${formatDate(from)} ${direction === 'rtl' ? '←' : '→'} ${formatDate(to)}`;
