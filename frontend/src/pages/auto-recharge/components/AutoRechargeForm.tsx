import { useEffect } from 'react';
import { Alert, App, Button, Form, Input, Radio, Switch } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { AutoRechargeRequest, AutoRechargeRule } from '../../../api/types';
import { formatDateTime } from '../../../components/dates';
import { QueryState } from '../../../components/QueryState';
import { useErrorText } from '../../../components/useErrorText';
import { toCentimes } from '../../../lib/money';

type Values = Omit<AutoRechargeRequest, 'triggerLevel'> & { triggerLevel: 'WARNING' | 'CRITICAL' };

const DEFAULTS: Values = { enabled: false, triggerLevel: 'WARNING', mode: 'FIXED', amount: '' };
const MAX_CENTIMES = 100_000_000n;

/** The rule of a deposit, or null while it has none (the service answers 404 until the first save). */
async function ruleOf(depositId: string): Promise<AutoRechargeRule | null> {
  try {
    return await unwrap(api.GET('/api/leads/deposits/{id}/auto-recharge', { params: { path: { id: depositId } } }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

const valuesOf = (rule: AutoRechargeRule | null): Values =>
  rule && (rule.triggerLevel === 'WARNING' || rule.triggerLevel === 'CRITICAL')
    ? { enabled: rule.enabled, triggerLevel: rule.triggerLevel, mode: rule.mode, amount: rule.amount }
    : DEFAULTS;

/** Sets when a deposit recharges itself on the saved card, and how much; says why a rule stopped. */
export function AutoRechargeForm({ depositId }: { depositId: string }) {
  const rule = useQuery({ queryKey: queryKeys.autoRecharge(depositId), queryFn: () => ruleOf(depositId) });
  return <QueryState query={rule}>{(current) => <RuleForm depositId={depositId} current={current} />}</QueryState>;
}

function RuleForm({ depositId, current }: { depositId: string; current: AutoRechargeRule | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    form.setFieldsValue(valuesOf(current));
  }, [current, form]);

  const save = useMutation({
    mutationFn: (values: Values) =>
      unwrap(api.PUT('/api/leads/deposits/{id}/auto-recharge', { params: { path: { id: depositId } }, body: values })),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.autoRecharge(depositId), saved);
      void message.success(t('common.saved'));
    },
    onError: (error) => {
      if (error instanceof ApiError) {
        form.setFields(error.fieldErrors.map((field) => ({ name: field.field as keyof Values, errors: [field.message] })));
      }
    },
  });

  const amountRule = {
    validator: (_: unknown, value?: string) => {
      if (!value) return Promise.resolve(); // the required rule says it
      const centimes = toCentimes(value);
      if (centimes === null || centimes <= 0n) return Promise.reject(new Error(t('deposit.amountInvalid')));
      if (centimes > MAX_CENTIMES) return Promise.reject(new Error(t('autoRecharge.amountTooHigh')));
      return Promise.resolve();
    },
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={valuesOf(current)} onFinish={(values) => save.mutate(values)}>
      {current === null && <Alert type="info" showIcon message={t('autoRecharge.notSet')} style={{ marginBottom: 16 }} />}
      {current && !current.cardSaved && <Alert type="warning" showIcon message={t('autoRecharge.noCard')} style={{ marginBottom: 16 }} />}
      {current?.stoppedAt && (
        <Alert
          type="error"
          showIcon
          message={t('autoRecharge.stopped', { date: formatDateTime(current.stoppedAt), reason: current.stopReason ?? '—' })}
          style={{ marginBottom: 16 }}
        />
      )}
      {save.isError && <Alert type="error" showIcon message={errorText(save.error)} style={{ marginBottom: 16 }} />}
      <Form.Item name="enabled" label={t('autoRecharge.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="triggerLevel" label={t('autoRecharge.trigger')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={(['WARNING', 'CRITICAL'] as const).map((level) => ({ value: level, label: t(`level.${level}`) }))}
        />
      </Form.Item>
      <Form.Item name="mode" label={t('autoRecharge.mode')} rules={[{ required: true }]}>
        <Radio.Group
          options={(['FIXED', 'TOP_UP_TO'] as const).map((value) => ({ value, label: t(`autoRecharge.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('autoRecharge.amount')}
        rules={[{ required: true, message: t('deposit.amountInvalid') }, amountRule]}
        extra={mode === 'TOP_UP_TO' ? t('autoRecharge.topUpHelp') : t('autoRecharge.fixedHelp')}
      >
        <Input inputMode="decimal" suffix="MAD" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
