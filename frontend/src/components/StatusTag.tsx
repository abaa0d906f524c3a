import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  PENDING: 'processing',
  VALIDATED: 'success',
  SUCCEEDED: 'success',
  SIGNED: 'success',
  ACTIVE: 'success',
  REJECTED: 'error',
  FAILED: 'error',
  TERMINATED: 'default',
  EXPIRED: 'default',
  CANCELED: 'default',
  ENDED: 'default',
  PAUSED: 'warning',
  PROPOSED: 'warning',
  UNKNOWN: 'warning',
};

/** A status as a coloured tag; `namespace` says which translation group names it (leadStatus, payments…). */
export function StatusTag({ namespace, status }: { namespace: string; status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`${namespace}.${status}`)}</Tag>;
}
