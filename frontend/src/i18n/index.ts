import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import 'dayjs/locale/ar';
import relativeTime from 'dayjs/plugin/relativeTime';
import { fr } from './locales/fr';
import { en } from './locales/en';
import { ar } from './locales/ar';
import type { Locale } from '../api/types';

export const LANGUAGES: Locale[] = ['fr', 'en', 'ar'];
const STORAGE_KEY = 'leads.lang';

export const isLocale = (value: unknown): value is Locale => LANGUAGES.includes(value as Locale);
export const directionOf = (language: string): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

function storedLanguage(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : 'fr';
}

/** Puts the language on <html> (lang and dir) so that the whole page, not only antd, turns right-to-left in Arabic. */
function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  dayjs.locale(language === 'ar' ? 'ar' : language === 'en' ? 'en' : 'fr');
}

dayjs.extend(relativeTime);

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en }, ar: { translation: ar } },
  lng: storedLanguage(),
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
});
applyToDocument(i18n.language);

i18n.on('languageChanged', (language) => {
  localStorage.setItem(STORAGE_KEY, language);
  applyToDocument(language);
});

export default i18n;
