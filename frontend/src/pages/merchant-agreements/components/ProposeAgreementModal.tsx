import { Alert, DatePicker, Form, Input, Modal, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { useErrorText } from '../../../components/useErrorText';
import { DEFAULT_RULE, toCentimes, type CommissionRule } from '../../../lib/money';

interface ProposalValues {
  influencerId: string;
  campaignId?: string;
  terms: string;
  withOverride: boolean;
  override: CommissionRule;
  period: [Dayjs, Dayjs];
}

const decimalRule = (message: string) => ({
  validator: (_: unknown, value?: string) => (value && toCentimes(value) !== null ? Promise.resolve() : Promise.reject(new Error(message))),
});

/** Proposes an agreement to an influencer, for one campaign or all, optionally with its own commission rule. */
export function ProposeAgreementModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProposalValues>();
  const withOverride = Form.useWatch('withOverride', form);
  const influencers = useQuery({ queryKey: queryKeys.influencers, queryFn: () => unwrap(api.GET('/api/influencers')), enabled: open });
  const campaigns = useQuery({
    queryKey: queryKeys.campaigns({ size: 100 }),
    queryFn: () => unwrap(api.GET('/api/campaigns', { params: { query: { page: 0, size: 100 } } })),
    enabled: open,
  });
  const propose = useMutation({
    mutationFn: ({ influencerId, campaignId, terms, withOverride: override, override: rule, period }: ProposalValues) =>
      unwrap(
        api.POST('/api/leads/agreements/create', {
          body: {
            influencerId,
            campaignId: campaignId ?? undefined,
            terms,
            commissionOverride: override && rule ? rule : undefined,
            validFrom: period[0].format('YYYY-MM-DD'),
            validTo: period[1].format('YYYY-MM-DD'),
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.agreements('merchant') });
      form.resetFields();
      onClose();
    },
  });
  const invalid = t('deposit.amountInvalid');
  return (
    <Modal open={open} title={t('agreements.propose')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={propose.isPending} okText={t('agreements.propose')} width={560}>
      {propose.isError && <Alert type="error" showIcon message={errorText(propose.error)} style={{ marginBottom: 16 }} />}
      <Form<ProposalValues>
        form={form}
        layout="vertical"
        initialValues={{ withOverride: false, override: DEFAULT_RULE, period: [dayjs(), dayjs().add(1, 'year')] }}
        onFinish={(values) => propose.mutate(values)}
      >
        <Form.Item name="influencerId" label={t('agreements.influencer')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={influencers.isPending}
            options={influencers.data?.map((influencer) => ({ value: influencer.id, label: influencer.displayName })) ?? []}
          />
        </Form.Item>
        <Form.Item name="campaignId" label={t('agreements.campaign')}>
          <Select
            allowClear
            placeholder={t('agreements.anyCampaign')}
            options={campaigns.data?.content.map((campaign) => ({ value: campaign.id, label: campaign.name })) ?? []}
          />
        </Form.Item>
        <Form.Item name="terms" label={t('agreements.terms')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="period" label={t('agreements.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="withOverride" label={t('agreements.override')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {withOverride && (
          <Space wrap>
            <Form.Item name={['override', 'threshold']} label={t('campaigns.threshold')} rules={[decimalRule(invalid)]}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name={['override', 'rate']} label={t('campaigns.rate')} rules={[decimalRule(invalid)]}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name={['override', 'flat']} label={t('campaigns.flat')} rules={[decimalRule(invalid)]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Space>
        )}
      </Form>
    </Modal>
  );
}
