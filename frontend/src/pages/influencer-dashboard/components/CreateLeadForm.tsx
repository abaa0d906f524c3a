import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { LEAD_SOURCES, type Agreement, type Campaign, type LeadSource, type LeadCreateRequest } from '../../../api/types';
import { useErrorText } from '../../../components/useErrorText';
import { newIdempotencyKey } from '../../../lib/idempotencyKey';
import { formatMoney, fromCentimes, toCentimes } from '../../../lib/money';
import { toE164 } from '../../../lib/phone';
import { isolate } from '../../../components/UserText';
import { CommissionPreview } from './CommissionPreview';
import { ruleFor } from './commissionRule';

interface LeadValues {
  campaignId: string;
  customerName: string;
  customerPhone: string;
  customerEmail?: string;
  city: string;
  serviceValue: string;
  source: LeadSource;
  notes?: string;
  consent: boolean;
}

function toRequest(values: LeadValues): LeadCreateRequest {
  return {
    ...values,
    customerPhone: toE164(values.customerPhone) ?? values.customerPhone,
    customerEmail: values.customerEmail || undefined,
    notes: values.notes || undefined,
    serviceValue: fromCentimes(toCentimes(values.serviceValue) ?? 0n),
  };
}

/** Submits a lead for one of the active campaigns, with a live commission preview and a clear message per refusal. */
export function CreateLeadForm({ campaigns, agreements }: { campaigns: Campaign[]; agreements: Agreement[] }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LeadValues>();
  const campaignId = Form.useWatch('campaignId', form);
  const serviceValue = Form.useWatch('serviceValue', form);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const campaign = campaigns.find((item) => item.id === campaignId);
  const rule = campaign ? ruleFor(campaign, agreements) : null;

  const submit = useMutation({
    mutationFn: (values: LeadValues) =>
      unwrap(api.POST('/api/leads/create', { body: toRequest(values), params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSuccess: (lead) => {
      void message.success(t('leadForm.created', { amount: isolate(formatMoney(lead.commission, i18n.language)) }));
      form.resetFields(['customerName', 'customerPhone', 'customerEmail', 'serviceValue', 'notes', 'consent']);
      setIdempotencyKey(newIdempotencyKey());
      void queryClient.invalidateQueries({ queryKey: queryKeys.leads });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        form.setFields(error.fieldErrors.map((field) => ({ name: field.field as keyof LeadValues, errors: [field.message] })));
      }
    },
  });

  const required = { required: true, message: t('leadForm.required') };
  return (
    <Card title={t('leadForm.title')}>
      <Form<LeadValues>
        form={form}
        layout="vertical"
        initialValues={{ source: 'INSTAGRAM', consent: false, campaignId: campaigns.length === 1 ? campaigns[0]?.id : undefined }}
        onFinish={(values) => submit.mutate(values)}
        onValuesChange={() => submit.isError && submit.reset()}
      >
        <Form.Item name="campaignId" label={t('leadForm.campaign')} rules={[required]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={campaigns.map((item) => ({ value: item.id, label: `${isolate(item.name)} — ${isolate(item.merchantName)}` }))}
          />
        </Form.Item>
        <Form.Item name="customerName" label={t('leadForm.customerName')} rules={[required]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="customerPhone"
          label={t('leadForm.customerPhone')}
          extra={t('leadForm.phoneHint')}
          rules={[
            required,
            { validator: (_, value?: string) => (!value || toE164(value) ? Promise.resolve() : Promise.reject(new Error(t('leadForm.phoneInvalid')))) },
          ]}
        >
          <Input type="tel" inputMode="tel" dir="ltr" autoComplete="off" />
        </Form.Item>
        <Form.Item name="customerEmail" label={t('leadForm.customerEmail')} rules={[{ type: 'email' }]}>
          <Input type="email" inputMode="email" dir="ltr" autoComplete="off" />
        </Form.Item>
        <Form.Item name="city" label={t('leadForm.city')} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="serviceValue"
          label={t('leadForm.serviceValue')}
          rules={[
            required,
            {
              validator: (_, value?: string) => {
                const centimes = value ? toCentimes(value) : null;
                return !value || (centimes !== null && centimes > 0n) ? Promise.resolve() : Promise.reject(new Error(t('leadForm.valueInvalid')));
              },
            },
          ]}
        >
          <Input inputMode="decimal" suffix="MAD" dir="ltr" />
        </Form.Item>
        <CommissionPreview serviceValue={serviceValue} rule={rule} />
        <Form.Item name="source" label={t('leadForm.source')} rules={[required]}>
          <Select options={LEAD_SOURCES.map((source) => ({ value: source, label: t(`source.${source}`) }))} />
        </Form.Item>
        <Form.Item name="notes" label={t('leadForm.notes')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[{ validator: (_, checked?: boolean) => (checked ? Promise.resolve() : Promise.reject(new Error(t('leadForm.consentRequired')))) }]}
        >
          <Checkbox>{t('leadForm.consent')}</Checkbox>
        </Form.Item>
        {submit.isError && (
          <Alert type="error" showIcon message={errorText(submit.error)} style={{ marginBottom: 16 }} data-testid="lead-error" role="alert" />
        )}
        <Button type="primary" htmlType="submit" block size="large" loading={submit.isPending}>
          {t('leadForm.submit')}
        </Button>
      </Form>
    </Card>
  );
}
