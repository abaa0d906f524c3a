import { Col, Row, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useAuth } from '../../auth/AuthContext';
import { QueryState } from '../../components/QueryState';
import { ActiveCampaigns } from './components/ActiveCampaigns';
import { CreateLeadForm } from './components/CreateLeadForm';
import { InfluencerKpis } from './components/InfluencerKpis';
import { useInfluencerAgreements } from './useInfluencerAgreements';

/** The influencer's home, phone first: earnings, the lead form, then the campaigns and their rules. */
export default function InfluencerDashboardPage() {
  const { user } = useAuth();
  const campaigns = useQuery({
    queryKey: queryKeys.campaigns({ status: 'ACTIVE' }),
    queryFn: () => unwrap(api.GET('/api/campaigns', { params: { query: { status: 'ACTIVE', page: 0, size: 100 } } })),
  });
  const agreements = useInfluencerAgreements();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {user && <InfluencerKpis influencerId={user.id} />}
      <QueryState query={campaigns}>
        {(page) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <CreateLeadForm campaigns={page.content} agreements={agreements.data ?? []} />
            </Col>
            <Col xs={24} lg={10}>
              <ActiveCampaigns campaigns={page.content} agreements={agreements.data ?? []} />
            </Col>
          </Row>
        )}
      </QueryState>
    </Space>
  );
}
