import { useState } from 'react';
import { Alert, Descriptions, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { PaymentMethod, RechargeStarted } from '../../../api/types';
import { useErrorText } from '../../../components/useErrorText';
import { Money } from '../../../components/Money';
import { fromCentimes, toCentimes } from '../../../lib/money';

interface RechargeValues {
  amount: string;
  method: PaymentMethod;
}

const METHODS: PaymentMethod[] = ['STRIPE', 'CMI', 'BANK_TRANSFER'];

/** CMI's hosted page expects a browser POST of the signed fields: build the form and submit it. */
function submitCmiForm(url: string, fields: Record<string, string>): void {
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = url;
  Object.entries(fields).forEach(([name, value]) => {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.appendChild(input);
  });
  document.body.appendChild(form);
  form.submit();
}

function BankTransferInstructions({ started }: { started: RechargeStarted }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="bank-transfer">
      <Typography.Title level={5}>{t('deposit.bankTitle')}</Typography.Title>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('payments.amount')}>
          <Money value={started.payment.amount} strong />
        </Descriptions.Item>
        <Descriptions.Item label={t('deposit.bankReference')}>
          <Typography.Text copyable strong data-testid="bank-reference">
            {started.bankTransfer?.reference}
          </Typography.Text>
        </Descriptions.Item>
        {started.bankTransfer?.details && (
          <Descriptions.Item label={t('deposit.bankDetails')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>{started.bankTransfer.details}</Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Alert type="info" showIcon message={t('deposit.bankPending')} />
    </Space>
  );
}

/** Recharge (or first deposit when there is no depositId): card via Stripe Checkout, CMI, or bank transfer. */
export function RechargeModal({ depositId, open, onClose }: { depositId?: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RechargeValues>();
  const [started, setStarted] = useState<RechargeStarted | null>(null);

  const recharge = useMutation({
    mutationFn: ({ amount, method }: RechargeValues) => {
      const normalised = fromCentimes(toCentimes(amount) ?? 0n);
      return depositId
        ? unwrap(api.POST('/api/leads/deposits/recharge', { body: { depositId, amount: normalised, method } }))
        : unwrap(api.POST('/api/leads/deposits/create', { body: { amount: normalised, method } }));
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.balances });
      void queryClient.invalidateQueries({ queryKey: queryKeys.paymentsRoot });
      if (result.checkoutUrl) window.location.assign(result.checkoutUrl);
      else if (result.cmiForm) submitCmiForm(result.cmiForm.url, result.cmiForm.fields);
      setStarted(result);
    },
  });

  // Cleared once the closing animation is over, so that the form does not flash back while the modal fades out.
  const reset = () => {
    setStarted(null);
    recharge.reset();
    form.resetFields();
  };

  const redirecting = started && !started.bankTransfer;
  return (
    <Modal
      open={open}
      title={t('deposit.rechargeTitle')}
      onCancel={onClose}
      onOk={started ? onClose : () => form.submit()}
      afterClose={reset}
      okText={started ? t('common.close') : t('deposit.pay')}
      cancelButtonProps={started ? { style: { display: 'none' } } : undefined}
      confirmLoading={recharge.isPending}
      destroyOnHidden
    >
      {started?.bankTransfer && <BankTransferInstructions started={started} />}
      {redirecting && <Alert type="info" showIcon message={t('deposit.redirecting')} />}
      {!started && (
        <Form<RechargeValues>
          form={form}
          layout="vertical"
          initialValues={{ method: 'BANK_TRANSFER' }}
          onFinish={(values) => recharge.mutate(values)}
        >
          {recharge.isError && <Alert type="error" showIcon message={errorText(recharge.error)} style={{ marginBottom: 16 }} />}
          <Form.Item
            name="amount"
            label={t('deposit.amount')}
            rules={[
              {
                validator: (_, value: string | undefined) => {
                  const centimes = value ? toCentimes(value) : null;
                  return centimes !== null && centimes > 0n ? Promise.resolve() : Promise.reject(new Error(t('deposit.amountInvalid')));
                },
              },
            ]}
          >
            <Input inputMode="decimal" suffix="MAD" autoFocus />
          </Form.Item>
          <Form.Item name="method" label={t('deposit.method')}>
            <Radio.Group>
              <Space direction="vertical">
                {METHODS.map((method) => (
                  <Radio key={method} value={method}>
                    {t(`method.${method}`)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
