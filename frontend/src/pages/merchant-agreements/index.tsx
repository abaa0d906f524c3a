import { useState } from 'react';
import { App, Button, Card, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Agreement } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { Folded, useCompact } from '../../components/compact';
import { StatusTag } from '../../components/StatusTag';
import { formatDateTime, formatPeriod } from '../../components/dates';
import { useErrorText } from '../../components/useErrorText';
import { UserParagraph, UserText } from '../../components/UserText';
import { ProposeAgreementModal } from './components/ProposeAgreementModal';

/** The merchant's agreements: propose one, follow its signature, terminate it. */
export default function MerchantAgreementsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [proposing, setProposing] = useState(false);
  // the influencer signs elsewhere: ask again whenever the screen opens
  const agreements = useQuery({
    queryKey: queryKeys.agreements('merchant'),
    queryFn: () => unwrap(api.GET('/api/leads/agreements/merchant')),
    refetchOnMount: 'always',
  });
  const terminate = useMutation({
    mutationFn: (id: string) => unwrap(api.PUT('/api/leads/agreements/{id}/terminate', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.agreements('merchant') }),
    onError: (error) => void message.error(errorText(error)),
  });
  const compact = useCompact(); // on a phone the campaign and the status go under the influencer
  const campaign = (agreement: Agreement) => (agreement.campaignName ? <UserText>{agreement.campaignName}</UserText> : t('agreements.anyCampaign'));
  const columns: TableColumnsType<Agreement> = [
    {
      key: 'influencer',
      title: t('agreements.influencer'),
      render: (_, agreement) => (
        <Folded
          folded={compact}
          under={
            <>
              <Typography.Text type="secondary">{campaign(agreement)}</Typography.Text>
              <StatusTag namespace="agreements" status={agreement.status} />
            </>
          }
        >
          <UserText>{agreement.influencerName}</UserText>
        </Folded>
      ),
    },
    { key: 'campaign', title: t('agreements.campaign'), responsive: ['sm'], render: (_, agreement) => campaign(agreement) },
    { key: 'period', title: t('agreements.period'), responsive: ['md'], render: (_, a) => formatPeriod(a.validFrom, a.validTo, i18n.dir()) },
    {
      key: 'status',
      title: t('agreements.status'),
      responsive: ['sm'],
      render: (_, agreement) => (
        <>
          <StatusTag namespace="agreements" status={agreement.status} />
          {agreement.signedAt && <Typography.Text type="secondary">{formatDateTime(agreement.signedAt)}</Typography.Text>}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, agreement) =>
        agreement.status !== 'TERMINATED' && (
          <Popconfirm title={t('agreements.terminate')} onConfirm={() => terminate.mutate(agreement.id)}>
            <Button size="small" danger>
              {t('agreements.terminate')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <Card
      title={t('agreements.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
          {t('agreements.propose')}
        </Button>
      }
    >
      <QueryState query={agreements}>
        {(list) => (
          <Table<Agreement>
            rowKey="id"
            columns={columns}
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{
              expandedRowRender: (agreement) => (
                <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>
                  <UserParagraph>{agreement.terms}</UserParagraph>
                </Typography.Paragraph>
              ),
            }}
            data-testid="merchant-agreements"
          />
        )}
      </QueryState>
      <ProposeAgreementModal open={proposing} onClose={() => setProposing(false)} />
    </Card>
  );
}
