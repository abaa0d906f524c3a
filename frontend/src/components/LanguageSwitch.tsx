import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { LANGUAGES } from '../i18n';
import type { Locale } from '../api/types';

const NAMES: Record<Locale, string> = { fr: 'Français', en: 'English', ar: 'العربية' };

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const { changeLanguage } = useAuth();
  return (
    <Select
      aria-label={t('common.language')}
      size="small"
      value={i18n.language as Locale}
      onChange={(locale: Locale) => void changeLanguage(locale)}
      options={LANGUAGES.map((locale) => ({ value: locale, label: NAMES[locale] }))}
      style={{ minWidth: 100 }}
      data-testid="language-switch"
    />
  );
}
