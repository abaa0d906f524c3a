import { useState } from 'react';
import { App, Button, Card, Space, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, downloadWithToken, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { Lead, BulkDecisionResult } from '../../../api/types';
import { Money } from '../../../components/Money';
import { useCompact } from '../../../components/compact';
import { StatusTag } from '../../../components/StatusTag';
import { formatDateTime } from '../../../components/dates';
import { useErrorText } from '../../../components/useErrorText';
import { UserText } from '../../../components/UserText';
import { LeadFilters, type LeadFilterValues } from './LeadFilters';
import { RejectLeadsModal, type RejectValues } from './RejectLeadsModal';
import { TimeLeft } from './TimeLeft';

const SORTABLE = ['createdAt', 'expiresAt', 'serviceValue', 'commission'] as const;
type SortField = (typeof SORTABLE)[number];
interface Sort {
  field: SortField;
  order: 'asc' | 'desc';
}
type BulkResult = BulkDecisionResult;

function useBulkDecision(onDone: (result: BulkResult) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ids, reject }: { ids: string[]; reject?: RejectValues }) =>
      reject
        ? unwrap(api.PUT('/api/leads/bulk/reject', { body: { ids, reason: reject.reason, comment: reject.comment || undefined } }))
        : unwrap(api.PUT('/api/leads/bulk/validate', { body: { ids } })),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.leads });
      void queryClient.invalidateQueries({ queryKey: ['deposits'] });
      onDone(result);
    },
  });
}

/** The merchant's leads: server-side filters, sorting and pagination; bulk validate / reject; CSV export of the filter. */
export function PendingLeadsTable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<LeadFilterValues>({ status: 'PENDING' });
  const [page, setPage] = useState({ page: 0, size: 10 });
  const [sort, setSort] = useState<Sort>({ field: 'expiresAt', order: 'asc' });
  const [selected, setSelected] = useState<string[]>([]);
  const [rejecting, setRejecting] = useState(false);
  const compact = useCompact(); // on a phone the row is one cell (customer, commission, time left) beside its checkbox

  const query = { ...filters, ...page, sort: `${sort.field},${sort.order}` };
  const leads = useQuery({
    queryKey: queryKeys.merchantLeads(query),
    queryFn: () => unwrap(api.GET('/api/leads/merchant/my-leads', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const decide = useBulkDecision((result) => {
    const failed = result.results.filter((item) => item.outcome === 'ERROR');
    const ok = result.results.length - failed.length;
    if (ok > 0) void message.success(t('leads.bulkDone', { ok }));
    if (failed.length > 0) {
      const codes = [...new Set(failed.map((item) => t(`errors.${item.code ?? 'HTTP_ERROR'}`)))].join(' ');
      void message.error(t('leads.bulkFailed', { failed: failed.length, codes }));
    }
    setSelected([]);
    setRejecting(false);
  });

  const exportCsv = useMutation({
    mutationFn: () => downloadWithToken('/api/leads/merchant/export.csv', { ...filters, separator: ';' }, 'leads.csv'),
    onError: (error) => void message.error(errorText(error)),
  });

  const changeFilters = (next: LeadFilterValues) => {
    setFilters(next);
    setPage((current) => ({ ...current, page: 0 }));
    setSelected([]);
  };

  const onTableChange: TableProps<Lead>['onChange'] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.columnKey as SortField | undefined;
    if (field && SORTABLE.includes(field) && single?.order) setSort({ field, order: single.order === 'ascend' ? 'asc' : 'desc' });
    setPage({ page: (pagination.current ?? 1) - 1, size: pagination.pageSize ?? 10 });
  };

  const sortOrder = (field: SortField) => (sort.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
  const columns: TableColumnsType<Lead> = [
    {
      key: 'customer',
      title: t('leads.customer'),
      render: (_, lead) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong><UserText>{lead.customerName}</UserText></Typography.Text>
          <Typography.Text type="secondary">
            {/* antd's right-to-left style overrides a dir on Typography itself: an isolate keeps "+212…" in order */}
            <bdi dir="ltr">{lead.customerPhone}</bdi>
          </Typography.Text>
          {compact && (
            <Space size="small" wrap>
              <Money value={lead.commission} strong />
              {lead.status === 'PENDING' ? <TimeLeft expiresAt={lead.expiresAt} /> : <StatusTag namespace="leadStatus" status={lead.status} />}
            </Space>
          )}
        </Space>
      ),
    },
    { key: 'campaign', title: t('leads.campaign'), responsive: ['md'], render: (_, lead) => <UserText>{lead.campaignName}</UserText> },
    { key: 'influencer', title: t('leads.influencer'), responsive: ['lg'], render: (_, lead) => <UserText>{lead.influencerName}</UserText> },
    { key: 'serviceValue', title: t('leads.value'), sorter: true, sortOrder: sortOrder('serviceValue'), responsive: ['sm'], render: (_, lead) => <Money value={lead.serviceValue} /> },
    { key: 'commission', title: t('leads.commission'), sorter: true, sortOrder: sortOrder('commission'), responsive: ['sm'], render: (_, lead) => <Money value={lead.commission} strong /> },
    { key: 'source', title: t('leads.source'), responsive: ['lg'], render: (_, lead) => t(`source.${lead.source}`) },
    { key: 'status', title: t('leads.status'), responsive: ['sm'], render: (_, lead) => <StatusTag namespace="leadStatus" status={lead.status} /> },
    { key: 'createdAt', title: t('leads.createdAt'), sorter: true, sortOrder: sortOrder('createdAt'), responsive: ['md'], render: (_, lead) => formatDateTime(lead.createdAt) },
    {
      key: 'expiresAt',
      title: t('leads.timeLeft'),
      responsive: ['sm'],
      sorter: true,
      sortOrder: sortOrder('expiresAt'),
      render: (_, lead) => (lead.status === 'PENDING' ? <TimeLeft expiresAt={lead.expiresAt} /> : formatDateTime(lead.decidedAt)),
    },
  ];

  return (
    <Card
      title={t('leads.pendingTitle')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => exportCsv.mutate()} loading={exportCsv.isPending}>
          {t('leads.exportCsv')}
        </Button>
      }
    >
      <LeadFilters value={filters} onChange={changeFilters} />
      <Space wrap style={{ display: 'flex', marginBottom: 12 }}>
        <Button
          type="primary"
          disabled={selected.length === 0}
          loading={decide.isPending && !rejecting}
          onClick={() => decide.mutate({ ids: selected })}
        >
          {t('leads.bulkValidate', { count: selected.length })}
        </Button>
        <Button danger disabled={selected.length === 0} onClick={() => setRejecting(true)}>
          {t('leads.bulkReject', { count: selected.length })}
        </Button>
        {decide.isError && <Typography.Text type="danger">{errorText(decide.error)}</Typography.Text>}
      </Space>
      {leads.isError ? (
        <Typography.Text type="danger" role="alert">
          {t('common.error')} {errorText(leads.error)}{' '}
          <Button size="small" onClick={() => void leads.refetch()}>
            {t('common.retry')}
          </Button>
        </Typography.Text>
      ) : (
        <Table<Lead>
          rowKey="id"
          size="middle"
          data-testid="pending-leads"
          loading={leads.isFetching}
          columns={columns}
          dataSource={leads.data?.content ?? []}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (lead) => ({ disabled: lead.status !== 'PENDING', 'aria-label': lead.customerName }),
          }}
          pagination={{
            current: page.page + 1,
            pageSize: page.size,
            total: leads.data?.totalElements ?? 0,
            showSizeChanger: true,
          }}
        />
      )}
      <RejectLeadsModal
        count={selected.length}
        open={rejecting}
        submitting={decide.isPending}
        onCancel={() => setRejecting(false)}
        onReject={(values) => decide.mutate({ ids: selected, reject: values })}
      />
    </Card>
  );
}
