import { Card, Col, Row, Space } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { QueryState } from '../../components/QueryState';
import { DepositsAtRisk } from './components/DepositsAtRisk';
import { LeadTimelineChart } from './components/LeadTimelineChart';
import { OverviewKpis } from './components/OverviewKpis';
import { TopInfluencers } from './components/TopInfluencers';

/** The platform over the last 30 days: KPIs, leads per day, top influencers, deposits at risk. */
export default function AdminDashboardPage() {
  const { t } = useTranslation();
  const period = { from: dayjs().subtract(29, 'day').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD') };
  const overview = useQuery({ queryKey: queryKeys.stats('overview', period), queryFn: () => unwrap(api.GET('/api/leads/stats/overview', { params: { query: period } })) });
  const timeline = useQuery({ queryKey: queryKeys.stats('timeline', period), queryFn: () => unwrap(api.GET('/api/leads/stats/timeline', { params: { query: period } })) });
  const top = useQuery({ queryKey: queryKeys.stats('top-influencers'), queryFn: () => unwrap(api.GET('/api/leads/stats/top-influencers')) });
  const atRisk = useQuery({ queryKey: ['deposits', 'low-balance'], queryFn: () => unwrap(api.GET('/api/leads/deposits/low-balance')) });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <QueryState query={overview}>{(data) => <OverviewKpis report={data} />}</QueryState>
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card title={t('admin.timeline')}>
            <QueryState query={timeline} isEmpty={(points) => points.length === 0}>
              {(points) => <LeadTimelineChart points={points} />}
            </QueryState>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('admin.topInfluencers')}>
            <QueryState query={top} isEmpty={(list) => list.length === 0}>
              {(list) => <TopInfluencers influencers={list} />}
            </QueryState>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('admin.depositsAtRisk')}>
            <QueryState query={atRisk}>{(list) => <DepositsAtRisk deposits={list} />}</QueryState>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
