import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The centred frame of the log-in and sign-up pages, with the language switch. */
export function AuthFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="auth-frame">
      <div className="auth-frame-top">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('common.appName')}
        </Typography.Title>
        <LanguageSwitch />
      </div>
      <div className="auth-frame-body">{children}</div>
    </main>
  );
}
