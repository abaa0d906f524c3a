import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Turns any failure into a sentence for people: the translated error code, else the server's detail. */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error: unknown) => {
    if (error instanceof ApiError) {
      const key = `errors.${error.code}`;
      return i18n.exists(key) ? t(key) : error.message;
    }
    return t('errors.SERVER_ERROR');
  };
}
