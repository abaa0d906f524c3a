import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../api/types';
import { Money } from '../../../components/Money';

/** The platform's headline numbers for the period. */
export function OverviewKpis({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const items = [
    { key: 'totalLeads', value: overview.totalLeads },
    { key: 'pendingLeads', value: overview.pendingLeads },
    { key: 'validationRate', value: `${overview.validationRate} %` },
    { key: 'activeCampaigns', value: overview.activeCampaigns },
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
      <Col xs={24} md={16} xl={8}>
        <Card size="small">
          <Statistic title={t('admin.commissionsCaptured')} valueRender={() => <Money value={overview.commissionsCaptured} strong />} />
        </Card>
      </Col>
    </Row>
  );
}
