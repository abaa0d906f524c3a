import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import frFR from 'antd/es/locale/fr_FR';
import enUS from 'antd/es/locale/en_US';
import arEG from 'antd/es/locale/ar_EG';
import { useTranslation } from 'react-i18next';
import { directionOf } from '.';

const ANTD_LOCALES = { fr: frFR, en: enUS, ar: arEG };

/** antd follows the current language: its own texts, and the direction (rtl in Arabic). */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.language as keyof typeof ANTD_LOCALES;
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[language] ?? frFR}
      direction={directionOf(language)}
      theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 8 } }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
