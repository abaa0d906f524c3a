import { useState } from 'react';
import { App, Button, Card, Select, Space, Table, type TableColumnsType } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, downloadWithToken, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Payment, PaymentMethod, PaymentStatus } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { Money } from '../../components/Money';
import { Folded, useCompact } from '../../components/compact';
import { StatusTag } from '../../components/StatusTag';
import { formatDateTime } from '../../components/dates';
import { useErrorText } from '../../components/useErrorText';
import { UserText } from '../../components/UserText';

const STATUSES: PaymentStatus[] = ['PENDING', 'SUCCEEDED', 'FAILED', 'CANCELED', 'UNKNOWN'];
const METHODS: PaymentMethod[] = ['STRIPE', 'CMI', 'BANK_TRANSFER'];

function ReceiptButton({ payment }: { payment: Payment }) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      await downloadWithToken(`/api/payments/${payment.id}/receipt.pdf`, {}, `${payment.receiptNumber ?? payment.id}.pdf`);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button size="small" icon={<FilePdfOutlined />} loading={loading} onClick={() => void download()}>
      {payment.receiptNumber}
    </Button>
  );
}

/** Payments with their status and receipt; the merchant sees its own, the admin all (with the merchant's name). */
export default function PaymentsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<{ status?: PaymentStatus; method?: PaymentMethod }>({});
  const [page, setPage] = useState({ page: 0, size: 20 });
  const query = { ...filters, ...page, sort: 'createdAt,desc' };
  const payments = useQuery({
    queryKey: queryKeys.payments(query),
    queryFn: () => unwrap(api.GET('/api/payments', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const compact = useCompact(); // on a phone: date, merchant (for the admin) and method, then amount, status and receipt
  const admin = user?.role === 'ADMIN';
  const method = (p: Payment) => t(`method.${p.method}`);
  const merchant = (p: Payment) => (admin ? <UserText>{p.merchantName}</UserText> : null);
  const status = (p: Payment) => <StatusTag namespace="payments" status={p.status} />;
  const receipt = (p: Payment) => (p.receiptNumber ? <ReceiptButton payment={p} /> : null);
  const columns: TableColumnsType<Payment> = [
    {
      key: 'date',
      title: t('common.date'),
      render: (_, p) => (
        <Folded
          folded={compact}
          under={
            <>
              {merchant(p)}
              {method(p)}
            </>
          }
        >
          {formatDateTime(p.createdAt)}
        </Folded>
      ),
    },
    ...(admin ? [{ key: 'merchant', title: t('payments.merchant'), responsive: ['sm' as const], render: (_: unknown, p: Payment) => merchant(p) }] : []),
    { key: 'method', title: t('payments.method'), responsive: ['sm'], render: (_, p) => method(p) },
    {
      key: 'amount',
      title: t('payments.amount'),
      render: (_, p) => (
        <Folded
          folded={compact}
          under={
            <>
              {status(p)}
              {receipt(p)}
            </>
          }
        >
          <Money value={p.amount} strong />
        </Folded>
      ),
    },
    { key: 'status', title: t('payments.status'), responsive: ['sm'], render: (_, p) => status(p) },
    { key: 'reference', title: t('payments.reference'), responsive: ['lg'], render: (_, p) => p.providerReference ?? p.externalKey },
    { key: 'receipt', title: t('payments.receipt'), responsive: ['sm'], render: (_, p) => receipt(p) },
  ];
  return (
    <Card title={t('payments.title')}>
      <Space wrap className="filter-bar" style={{ display: 'flex', marginBottom: 16 }}>
        <Select
          aria-label={t('payments.status')}
          placeholder={t('payments.status')}
          allowClear
          style={{ minWidth: 150 }}
          options={STATUSES.map((status) => ({ value: status, label: t(`payments.${status}`) }))}
          onChange={(status?: PaymentStatus) => setFilters((current) => ({ ...current, status }))}
        />
        <Select
          aria-label={t('payments.method')}
          placeholder={t('payments.method')}
          allowClear
          style={{ minWidth: 180 }}
          options={METHODS.map((method) => ({ value: method, label: t(`method.${method}`) }))}
          onChange={(method?: PaymentMethod) => setFilters((current) => ({ ...current, method }))}
        />
      </Space>
      <Table<Payment>
        rowKey="id"
        data-testid="payments"
        columns={columns}
        size={compact ? 'small' : 'middle'}
        loading={payments.isFetching}
        dataSource={payments.data?.content ?? []}
        locale={payments.isError ? { emptyText: errorText(payments.error) } : undefined}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page.page + 1, pageSize: page.size, total: payments.data?.totalElements ?? 0, onChange: (c, s) => setPage({ page: c - 1, size: s }) }}
      />
    </Card>
  );
}
