import { Card, Col, Row, Statistic } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { Money } from '../../../components/Money';
import { QueryState } from '../../../components/QueryState';

/** Earnings, pending commissions and number of leads, from the influencer's statistics. */
export function InfluencerKpis({ influencerId }: { influencerId: string }) {
  const { t } = useTranslation();
  const stats = useQuery({
    queryKey: queryKeys.stats('influencer', { influencerId }),
    queryFn: () => unwrap(api.GET('/api/leads/stats/influencer/{id}', { params: { path: { id: influencerId } } })),
  });
  return (
    <QueryState query={stats}>
      {({ stats: data }) => (
        <Row gutter={[12, 12]}>
          <Col xs={12} md={8}>
            <Card size="small">
              <Statistic title={t('influencer.earnings')} valueRender={() => <Money value={data.commissionsCaptured} strong />} />
            </Card>
          </Col>
          <Col xs={12} md={8}>
            <Card size="small">
              <Statistic title={t('influencer.pending')} valueRender={() => <Money value={data.commissionsPending} />} />
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card size="small">
              <Statistic title={t('influencer.leadsCount')} value={data.totalLeads} />
            </Card>
          </Col>
        </Row>
      )}
    </QueryState>
  );
}
