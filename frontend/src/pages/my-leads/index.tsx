import { useState } from 'react';
import { Card, List, Segmented, Space, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { LEAD_STATUSES, type LeadStatus } from '../../api/types';
import { Money } from '../../components/Money';
import { QueryState } from '../../components/QueryState';
import { StatusTag } from '../../components/StatusTag';
import { formatDateTime } from '../../components/dates';
import { UserText } from '../../components/UserText';

type StatusFilter = LeadStatus | 'ALL';

/** The influencer's leads with their status and commission; a list rather than a table so that it reads on a phone. */
export default function MyLeadsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [page, setPage] = useState(0);
  const query = { status: status === 'ALL' ? undefined : status, page, size: 20, sort: 'createdAt,desc' };
  const leads = useQuery({
    queryKey: queryKeys.influencerLeads(query),
    queryFn: () => unwrap(api.GET('/api/leads/influencer/my-leads', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  return (
    <Card title={t('nav.myLeads')}>
      <div className="scroll-x">
        <Segmented<StatusFilter>
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(0);
          }}
          options={[{ value: 'ALL', label: t('common.all') }, ...LEAD_STATUSES.map((value) => ({ value, label: t(`leadStatus.${value}`) }))]}
          style={{ marginBottom: 16 }}
        />
      </div>
      <QueryState query={leads}>
        {(data) => (
          <List
            data-testid="my-leads"
            dataSource={data.content}
            pagination={{ current: page + 1, pageSize: 20, total: data.totalElements, onChange: (next) => setPage(next - 1), hideOnSinglePage: true }}
            renderItem={(lead) => (
              <List.Item extra={<Money value={lead.commission} strong />}>
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <UserText>{lead.customerName}</UserText>
                      <StatusTag namespace="leadStatus" status={lead.status} />
                    </Space>
                  }
                  description={
                    <Space direction="vertical" size={0}>
                      <Typography.Text type="secondary">
                        <UserText>{lead.campaignName}</UserText> · <Money value={lead.serviceValue} />
                      </Typography.Text>
                      <Typography.Text type="secondary">{formatDateTime(lead.createdAt)}</Typography.Text>
                      {lead.rejectionReason && <Typography.Text type="danger">{t(`reason.${lead.rejectionReason}`)}</Typography.Text>}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Card>
  );
}
