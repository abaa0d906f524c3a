import { Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { formatDate } from '../../../components/dates';
import { formatDecimal } from '../../../lib/money';

/** Days until the available amount reaches zero at the last 7 days' burn; "no forecast" when there is no burn or none is known. */
export function DepositForecast({ depositId }: { depositId: string }) {
  const { t, i18n } = useTranslation();
  const forecast = useQuery({
    queryKey: queryKeys.forecast(depositId),
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/leads/stats/forecast/{depositId}', { params: { path: { depositId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    retry: false,
  });
  const data = forecast.data;
  if (forecast.isPending) return null;
  if (!data || data.outcome !== 'FORECAST' || !data.daysUntilDepleted) {
    return <Typography.Text type="secondary">{t('deposit.noForecast')}</Typography.Text>;
  }
  return (
    <Typography.Text data-testid="forecast">
      {t('deposit.forecast', { days: formatDecimal(data.daysUntilDepleted, i18n.language), date: formatDate(data.projectedDepletionDate) })}
    </Typography.Text>
  );
}
