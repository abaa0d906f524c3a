import { useState } from 'react';
import { App, Button, Card, Space, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Campaign } from '../../api/types';
import { CommissionRuleText } from '../../components/CommissionRuleText';
import { Folded, useCompact } from '../../components/compact';
import { QueryState } from '../../components/QueryState';
import { StatusTag } from '../../components/StatusTag';
import { useErrorText } from '../../components/useErrorText';
import { UserText } from '../../components/UserText';
import { CampaignSettingsDrawer } from './components/CampaignSettingsDrawer';
import { NewCampaignModal } from './components/NewCampaignModal';

type Transition = 'pause' | 'resume' | 'end';

function useTransition() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useMutation({
    mutationFn: ({ id, transition }: { id: string; transition: Transition }) => {
      const options = { params: { path: { id } } };
      if (transition === 'pause') return unwrap(api.PUT('/api/campaigns/{id}/pause', options));
      if (transition === 'resume') return unwrap(api.PUT('/api/campaigns/{id}/resume', options));
      return unwrap(api.PUT('/api/campaigns/{id}/end', options));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.campaignsRoot }),
    onError: (error) => void message.error(errorText(error)),
  });
}

/** The merchant's campaigns: create, edit settings, pause, resume, end. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Campaign | null>(null);
  const transition = useTransition();
  const campaigns = useQuery({
    queryKey: queryKeys.campaigns({ size: 100 }),
    queryFn: () => unwrap(api.GET('/api/campaigns', { params: { query: { page: 0, size: 100 } } })),
  });

  const compact = useCompact(); // on a phone the status goes under the name and the actions stack
  const columns: TableColumnsType<Campaign> = [
    {
      key: 'name',
      title: t('campaigns.name'),
      render: (_, campaign) => (
        <Folded folded={compact} under={<StatusTag namespace="campaigns" status={campaign.status} />}>
          <UserText>{campaign.name}</UserText>
        </Folded>
      ),
    },
    { key: 'city', title: t('campaigns.city'), responsive: ['sm'], render: (_, campaign) => <UserText>{campaign.city}</UserText> },
    { key: 'status', title: t('campaigns.status'), responsive: ['sm'], render: (_, campaign) => <StatusTag namespace="campaigns" status={campaign.status} /> },
    {
      key: 'rule',
      title: t('leads.commission'),
      responsive: ['md'],
      render: (_, { settings }) => (
        <CommissionRuleText rule={{ threshold: settings.commissionThreshold, rate: settings.commissionRate, flat: settings.commissionFlat }} />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, campaign) => (
        <Space wrap direction={compact ? 'vertical' : 'horizontal'} size={compact ? 4 : 'small'}>
          <Button size="small" onClick={() => setEditing(campaign)}>
            {t('campaigns.settings')}
          </Button>
          {campaign.status === 'ACTIVE' && (
            <Button size="small" onClick={() => transition.mutate({ id: campaign.id, transition: 'pause' })}>
              {t('campaigns.pause')}
            </Button>
          )}
          {campaign.status === 'PAUSED' && (
            <Button size="small" onClick={() => transition.mutate({ id: campaign.id, transition: 'resume' })}>
              {t('campaigns.resume')}
            </Button>
          )}
          {campaign.status !== 'ENDED' && (
            <Button size="small" danger onClick={() => transition.mutate({ id: campaign.id, transition: 'end' })}>
              {t('campaigns.end')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('campaigns.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-campaign">
          {t('campaigns.create')}
        </Button>
      }
    >
      <QueryState query={campaigns}>
        {(page) => <Table<Campaign> rowKey="id" columns={columns} dataSource={page.content} pagination={false} scroll={{ x: 'max-content' }} />}
      </QueryState>
      <NewCampaignModal open={creating} onClose={() => setCreating(false)} />
      <CampaignSettingsDrawer campaign={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
