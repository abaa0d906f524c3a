import { useEffect } from 'react';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Radio, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { Campaign, CampaignSettings, CampaignSettingsRequest } from '../../../api/types';
import { useErrorText } from '../../../components/useErrorText';
import { toCentimes } from '../../../lib/money';

const decimal = (message: string) => ({
  validator: (_: unknown, value?: string | null) =>
    !value || toCentimes(value) !== null ? Promise.resolve() : Promise.reject(new Error(message)),
});

/** A cleared cap or minimum ("none") is left out of the request. */
function toRequest({ capPerInfluencerPerDay, capTotal, minServiceValue, ...rest }: CampaignSettings): CampaignSettingsRequest {
  return {
    ...rest,
    capPerInfluencerPerDay: capPerInfluencerPerDay ?? undefined,
    capTotal: capTotal ?? undefined,
    minServiceValue: minServiceValue || undefined,
  };
}

/** Edits a campaign's commission rule, expiry, caps and agreement requirement. */
export function CampaignSettingsDrawer({ campaign, onClose }: { campaign: Campaign | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CampaignSettings>();

  useEffect(() => {
    if (campaign) form.setFieldsValue(campaign.settings);
  }, [campaign, form]);

  const save = useMutation({
    mutationFn: (settings: CampaignSettings) =>
      unwrap(api.PUT('/api/campaigns/{id}/settings', { params: { path: { id: campaign?.id ?? '' } }, body: toRequest(settings) })),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.campaignsRoot });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) form.setFields(error.fieldErrors.map((field) => ({ name: field.field as keyof CampaignSettings, errors: [field.message] })));
    },
  });

  const invalid = t('deposit.amountInvalid');
  return (
    <Drawer
      open={campaign !== null}
      onClose={onClose}
      title={campaign ? t('campaigns.settingsTitle', { name: campaign.name }) : ''}
      width={440}
      destroyOnHidden
      extra={
        <Button type="primary" onClick={() => form.submit()} loading={save.isPending}>
          {t('common.save')}
        </Button>
      }
    >
      {save.isError && <Alert type="error" showIcon message={errorText(save.error)} style={{ marginBottom: 16 }} />}
      <Form<CampaignSettings>
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate({ ...(campaign?.settings ?? values), ...values, minServiceValue: values.minServiceValue || null })}
      >
        <Form.Item name="commissionThreshold" label={t('campaigns.threshold')} rules={[{ required: true }, decimal(invalid)]}>
          <Input inputMode="decimal" suffix="MAD" />
        </Form.Item>
        <Form.Item name="commissionRate" label={t('campaigns.rate')} rules={[{ required: true }, decimal(invalid)]}>
          <Input inputMode="decimal" suffix="%" />
        </Form.Item>
        <Form.Item name="commissionFlat" label={t('campaigns.flat')} rules={[{ required: true }, decimal(invalid)]}>
          <Input inputMode="decimal" suffix="MAD" />
        </Form.Item>
        <Form.Item name="minServiceValue" label={t('campaigns.minServiceValue')} rules={[decimal(invalid)]}>
          <Input inputMode="decimal" suffix="MAD" />
        </Form.Item>
        <Form.Item name="expiryHours" label={t('campaigns.expiryHours')} rules={[{ required: true }]}>
          <InputNumber min={1} max={720} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="onExpiry" label={t('campaigns.onExpiry')}>
          <Radio.Group>
            <Radio value="EXPIRE">{t('campaigns.EXPIRE')}</Radio>
            <Radio value="VALIDATE">{t('campaigns.VALIDATE')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="capPerInfluencerPerDay" label={t('campaigns.capPerInfluencerPerDay')}>
          <InputNumber min={1} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="capTotal" label={t('campaigns.capTotal')}>
          <InputNumber min={1} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="duplicateWindowDays" label={t('campaigns.duplicateWindowDays')} rules={[{ required: true }]}>
          <InputNumber min={0} max={365} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="requiresAgreement" label={t('campaigns.requiresAgreement')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
