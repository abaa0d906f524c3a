import { useEffect, useState } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Hours and minutes before a pending lead expires; red in the last 12 hours. */
export function TimeLeft({ expiresAt }: { expiresAt: string }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const minutes = Math.floor((new Date(expiresAt).getTime() - now) / 60_000);
  if (minutes <= 0) return <Typography.Text type="secondary">{t('leads.expired')}</Typography.Text>;
  return (
    <Typography.Text type={minutes < 12 * 60 ? 'danger' : undefined}>
      {t('leads.hoursLeft', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })}
    </Typography.Text>
  );
}
