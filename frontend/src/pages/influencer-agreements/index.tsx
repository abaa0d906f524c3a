import { App, Button, Card, Descriptions, List, Popconfirm, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Agreement } from '../../api/types';
import { CommissionRuleText } from '../../components/CommissionRuleText';
import { QueryState } from '../../components/QueryState';
import { StatusTag } from '../../components/StatusTag';
import { formatDateTime, formatPeriod } from '../../components/dates';
import { useErrorText } from '../../components/useErrorText';
import { useInfluencerAgreements } from '../influencer-dashboard/useInfluencerAgreements';
import { isolate, UserParagraph } from '../../components/UserText';

function AgreementCard({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const sign = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/leads/agreements/{id}/sign', { params: { path: { id: agreement.id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.agreements('influencer') }),
    onError: (error) => void message.error(errorText(error)),
  });
  const override = agreement.commissionOverride;
  return (
    <Card
      title={`${isolate(agreement.merchantName)} — ${agreement.campaignName ? isolate(agreement.campaignName) : t('agreements.anyCampaign')}`}
      extra={<StatusTag namespace="agreements" status={agreement.status} />}
      data-testid="agreement"
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>
        <UserParagraph>{agreement.terms}</UserParagraph>
      </Typography.Paragraph>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('agreements.period')}>
          {formatPeriod(agreement.validFrom, agreement.validTo, i18n.dir())}
        </Descriptions.Item>
        {override && (
          <Descriptions.Item label={t('agreements.override')}>
            <CommissionRuleText rule={override} />
          </Descriptions.Item>
        )}
      </Descriptions>
      {agreement.status === 'PROPOSED' && (
        <Popconfirm title={t('agreements.signConfirm')} onConfirm={() => sign.mutate()} okText={t('agreements.sign')} cancelText={t('common.cancel')}>
          <Button type="primary" loading={sign.isPending} block>
            {t('agreements.sign')}
          </Button>
        </Popconfirm>
      )}
      {agreement.signedAt && <Typography.Text type="secondary">{t('agreements.signedAt', { date: formatDateTime(agreement.signedAt) })}</Typography.Text>}
    </Card>
  );
}

/** Agreements proposed to the influencer: read the terms, sign. */
export default function InfluencerAgreementsPage() {
  const { t } = useTranslation();
  const agreements = useInfluencerAgreements();
  return (
    <Card title={t('agreements.title')}>
      <QueryState query={agreements} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <List
            grid={{ gutter: 16, xs: 1, md: 2 }}
            dataSource={list}
            renderItem={(agreement) => (
              <List.Item>
                <AgreementCard agreement={agreement} />
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Card>
  );
}
