import dayjs from 'dayjs';

export const formatDateTime = (instant: string | null | undefined): string =>
  instant ? dayjs(instant).format('DD/MM/YYYY HH:mm') : '—';

export const formatDate = (date: string | null | undefined): string => (date ? dayjs(date).format('DD/MM/YYYY') : '—');
