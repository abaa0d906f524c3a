import { useState } from 'react';
import { Card, DatePicker, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { DepositTransaction, TransactionType } from '../../api/types';
import { Money } from '../../components/Money';
import { Folded, useCompact } from '../../components/compact';
import { formatDateTime } from '../../components/dates';
import { useErrorText } from '../../components/useErrorText';
import { isolate } from '../../components/UserText';

const TYPES: TransactionType[] = ['CREDIT', 'RESERVE', 'CAPTURE', 'RELEASE', 'ADJUSTMENT'];
const TYPE_COLORS: Record<TransactionType, string> = { CREDIT: 'green', RESERVE: 'gold', CAPTURE: 'blue', RELEASE: 'default', ADJUSTMENT: 'purple' };

interface LedgerFilters {
  depositId?: string;
  type?: TransactionType;
  from?: string;
  to?: string;
}

function TypeTag({ type }: { type: TransactionType }) {
  const { t } = useTranslation();
  return <Tag color={TYPE_COLORS[type]}>{t(`ledger.${type}`)}</Tag>;
}

/** Every movement of the merchant's deposits, newest first, filtered by deposit, type and period on the server. */
export default function LedgerPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<LedgerFilters>({});
  const [page, setPage] = useState({ page: 0, size: 20 });
  const compact = useCompact(); // on a phone the type goes under the date
  const balances = useQuery({ queryKey: queryKeys.balances, queryFn: () => unwrap(api.GET('/api/leads/deposits/balance')) });
  const query = { ...filters, ...page, sort: 'createdAt,desc' };
  const transactions = useQuery({
    queryKey: queryKeys.transactions(query),
    queryFn: () => unwrap(api.GET('/api/leads/deposits/transactions', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const update = (patch: LedgerFilters) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage((current) => ({ ...current, page: 0 }));
  };
  const columns: TableColumnsType<DepositTransaction> = [
    {
      key: 'date',
      title: t('common.date'),
      render: (_, tx) => (
        <Folded folded={compact} under={<TypeTag type={tx.type} />}>
          {formatDateTime(tx.createdAt)}
        </Folded>
      ),
    },
    { key: 'type', title: t('ledger.type'), responsive: ['sm'], render: (_, tx) => <TypeTag type={tx.type} /> },
    { key: 'amount', title: t('ledger.amount'), render: (_, tx) => <Money value={tx.amount} strong /> },
    { key: 'balanceAfter', title: t('ledger.balanceAfter'), responsive: ['sm'], render: (_, tx) => <Money value={tx.balanceAfter} /> },
    { key: 'reservedAfter', title: t('ledger.reservedAfter'), responsive: ['md'], render: (_, tx) => <Money value={tx.reservedAfter} /> },
    { key: 'reason', title: t('ledger.reason'), responsive: ['lg'], render: (_, tx) => tx.reason ?? '' },
  ];
  return (
    <Card title={t('ledger.title')}>
      <Space wrap className="filter-bar" style={{ display: 'flex', marginBottom: 16 }}>
        <Select
          aria-label={t('deposit.title')}
          placeholder={t('deposit.title')}
          allowClear
          style={{ minWidth: 180 }}
          options={balances.data?.map((b) => ({ value: b.depositId, label: b.campaignName ? isolate(b.campaignName) : t('deposit.general') })) ?? []}
          onChange={(depositId?: string) => update({ depositId })}
        />
        <Select
          aria-label={t('ledger.type')}
          placeholder={t('ledger.type')}
          allowClear
          style={{ minWidth: 150 }}
          options={TYPES.map((type) => ({ value: type, label: t(`ledger.${type}`) }))}
          onChange={(type?: TransactionType) => update({ type })}
        />
        <DatePicker.RangePicker
          aria-label={t('leads.dateRange')}
          onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        />
      </Space>
      <Table<DepositTransaction>
        rowKey="id"
        data-testid="ledger"
        columns={columns}
        loading={transactions.isFetching}
        dataSource={transactions.data?.content ?? []}
        locale={transactions.isError ? { emptyText: errorText(transactions.error) } : undefined}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page.page + 1,
          pageSize: page.size,
          total: transactions.data?.totalElements ?? 0,
          onChange: (current, size) => setPage({ page: current - 1, size }),
        }}
      />
    </Card>
  );
}
