import { useState } from 'react';
import { App, Button, Card, Input, Modal, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Payment } from '../../api/types';
import { Money } from '../../components/Money';
import { Folded, useCompact } from '../../components/compact';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../components/dates';
import { useErrorText } from '../../components/useErrorText';
import { UserText } from '../../components/UserText';

const PENDING_TRANSFERS = { status: 'PENDING', method: 'BANK_TRANSFER', page: 0, size: 100 } as const;

/** Bank transfers waiting for the admin: confirming one credits the merchant's deposit (once). */
export default function BankTransfersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState<Payment | null>(null);
  const [reason, setReason] = useState('');
  const transfers = useQuery({
    queryKey: queryKeys.payments(PENDING_TRANSFERS),
    queryFn: () => unwrap(api.GET('/api/payments', { params: { query: PENDING_TRANSFERS } })),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.paymentsRoot });
    void queryClient.invalidateQueries({ queryKey: ['stats'] });
  };
  const confirm = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/payments/{id}/confirm', { params: { path: { id } } })),
    onSuccess: () => {
      void message.success(t('payments.confirmed'));
      refresh();
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const reject = useMutation({
    mutationFn: ({ id, why }: { id: string; why: string }) =>
      unwrap(api.POST('/api/payments/{id}/reject', { params: { path: { id } }, body: { reason: why || undefined } })),
    onSuccess: () => {
      setRejecting(null);
      setReason('');
      refresh();
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const compact = useCompact(); // on a phone: the merchant over date and reference, the amount over the actions
  const date = (p: Payment) => formatDateTime(p.createdAt);
  const reference = (p: Payment) => p.providerReference ?? p.externalKey;
  const actions = (payment: Payment) => (
    <Space direction={compact ? 'vertical' : 'horizontal'}>
      <Popconfirm title={t('payments.confirmTitle')} onConfirm={() => confirm.mutate(payment.id)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
        <Button type="primary" size="small" loading={confirm.isPending && confirm.variables === payment.id}>
          {t('common.confirm')}
        </Button>
      </Popconfirm>
      <Button danger size="small" onClick={() => setRejecting(payment)}>
        {t('common.reject')}
      </Button>
    </Space>
  );
  const columns: TableColumnsType<Payment> = [
    { key: 'date', title: t('common.date'), responsive: ['sm'], render: (_, p) => date(p) },
    {
      key: 'merchant',
      title: t('payments.merchant'),
      render: (_, p) => (
        <Folded folded={compact} under={<>{date(p)}{reference(p)}</>}>
          <UserText>{p.merchantName}</UserText>
        </Folded>
      ),
    },
    {
      key: 'amount',
      title: t('payments.amount'),
      render: (_, p) => (
        <Folded folded={compact} under={actions(p)}>
          <Money value={p.amount} strong />
        </Folded>
      ),
    },
    { key: 'reference', title: t('payments.reference'), responsive: ['sm'], render: (_, p) => reference(p) },
    { key: 'actions', title: t('common.actions'), responsive: ['sm'], render: (_, p) => actions(p) },
  ];
  return (
    <Card title={t('nav.transfers')}>
      <QueryState query={transfers}>
        {(page) => <Table<Payment> rowKey="id" data-testid="bank-transfers" columns={columns} dataSource={page.content} pagination={false} scroll={{ x: 'max-content' }} />}
      </QueryState>
      <Modal
        open={rejecting !== null}
        title={t('common.reject')}
        okButtonProps={{ danger: true }}
        okText={t('common.reject')}
        confirmLoading={reject.isPending}
        onOk={() => rejecting && reject.mutate({ id: rejecting.id, why: reason })}
        onCancel={() => setRejecting(null)}
      >
        <label htmlFor="transfer-reject-reason">{t('payments.rejectReason')}</label>
        <Input.TextArea id="transfer-reject-reason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </Modal>
    </Card>
  );
}
