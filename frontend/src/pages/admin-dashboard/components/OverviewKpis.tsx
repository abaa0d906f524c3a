import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatsReport } from '../../../api/types';
import { Money } from '../../../components/Money';
import { formatRate } from '../../../lib/money';

/** The platform's headline numbers for the period. */
export function OverviewKpis({ report }: { report: StatsReport }) {
  const { t, i18n } = useTranslation();
  const { stats, platform } = report;
  const items = [
    { key: 'totalLeads', value: stats.totalLeads },
    { key: 'pendingLeads', value: stats.pendingLeads },
    { key: 'validationRate', value: formatRate(stats.validationRate, i18n.language) },
    { key: 'activeMerchants', value: platform?.activeMerchants ?? '—' },
    { key: 'activeInfluencers', value: platform?.activeInfluencers ?? '—' },
  ];
  return (
    <Row gutter={[12, 12]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t(`admin.${item.key}`)} value={item.value} />
          </Card>
        </Col>
      ))}
      <Col xs={24} md={16} xl={4}>
        <Card size="small">
          <Statistic title={t('admin.commissionsCaptured')} valueRender={() => <Money value={stats.commissionsCaptured} strong />} />
        </Card>
      </Col>
    </Row>
  );
}
