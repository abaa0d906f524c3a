import type { ReactNode } from 'react';
import { Alert, Button, Empty, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './useErrorText';

interface Props<T> {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  emptyText?: ReactNode;
  children: (data: T) => ReactNode;
}

/** The loading, error and empty states every list and card needs, in one place. */
export function QueryState<T>({ query, isEmpty, emptyText, children }: Props<T>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (query.isPending) return <Skeleton active aria-busy="true" aria-label={t('common.loading')} />;
  if (query.isError)
    return (
      <Alert
        type="error"
        showIcon
        message={t('common.error')}
        description={
          <>
            {errorText(query.error)}{' '}
            <Button size="small" type="link" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </Button>
          </>
        }
      />
    );
  if (isEmpty?.(query.data)) return <Empty description={emptyText ?? t('common.empty')} />;
  return <>{children(query.data)}</>;
}
