import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Balance } from '../../../api/types';
import { Money } from '../../../components/Money';
import { formatPercentage } from '../../../lib/money';
import { LEVEL_COLORS } from '../../merchant-dashboard/components/alertLevels';
import { UserText } from '../../../components/UserText';

/** Deposits at WARNING or worse, with whose they are, their level and what is left. */
export function DepositsAtRisk({ deposits }: { deposits: Balance[] }) {
  const { t, i18n } = useTranslation();
  return (
    <List
      size="small"
      dataSource={deposits}
      locale={{ emptyText: t('admin.noRisk') }}
      renderItem={(deposit) => (
        <List.Item extra={<Money value={deposit.available} strong />}>
          <Typography.Text strong><UserText>{deposit.merchantName}</UserText></Typography.Text>{' '}
          <Typography.Text type="secondary"><UserText>{deposit.campaignName ?? t('deposit.general')}</UserText></Typography.Text>{' '}
          <Tag color={LEVEL_COLORS[deposit.alertLevel]} style={deposit.alertLevel === 'ATTENTION' ? { color: '#000' } : undefined}>
            {t(`level.${deposit.alertLevel}`)} · <bdi>{formatPercentage(deposit.percentage, i18n.language)}</bdi>
          </Tag>
        </List.Item>
      )}
    />
  );
}
