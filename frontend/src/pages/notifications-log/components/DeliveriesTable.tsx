import { useState } from 'react';
import { Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { Delivery } from '../../../api/types';
import { Folded, useCompact } from '../../../components/compact';
import { formatDateTime } from '../../../components/dates';
import { useErrorText } from '../../../components/useErrorText';
import { UserText } from '../../../components/UserText';

const CHANNELS: NonNullable<Delivery['channel']>[] = ['EMAIL', 'SMS', 'WHATSAPP', 'DASHBOARD'];

/** Every notification sent on every channel, with its delivery status and attempts. */
export function DeliveriesTable() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [channel, setChannel] = useState<Delivery['channel'] | undefined>();
  const [page, setPage] = useState({ page: 0, size: 20 });
  const query = { channel, ...page, sort: 'createdAt,desc' };
  const deliveries = useQuery({
    queryKey: queryKeys.adminNotifications(query),
    queryFn: () => unwrap(api.GET('/api/admin/notifications', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const compact = useCompact(); // on a phone: the message over its date, channel and recipient, then its status
  const date = (d: Delivery) => formatDateTime(d.createdAt);
  const channelTag = (d: Delivery) => <Tag>{d.channel}</Tag>;
  const columns: TableColumnsType<Delivery> = [
    { key: 'date', title: t('common.date'), responsive: ['sm'], render: (_, d) => date(d) },
    { key: 'channel', title: t('notifications.channel'), responsive: ['sm'], render: (_, d) => channelTag(d) },
    {
      key: 'type',
      title: t('notifications.template'),
      render: (_, d) => (
        <Folded folded={compact} under={<>{channelTag(d)}{date(d)}{d.address}</>}>
          <UserText>{d.subject ?? d.type}</UserText>
        </Folded>
      ),
    },
    { key: 'recipient', title: t('notifications.recipient'), dataIndex: 'address', responsive: ['sm'] },
    { key: 'status', title: t('notifications.status'), render: (_, d) => <Tag color={d.lastError ? 'red' : 'green'}>{d.status}</Tag> },
    { key: 'attempts', title: t('notifications.attempts'), dataIndex: 'attempts', responsive: ['md'] },
  ];
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('notifications.channel')}
          placeholder={t('notifications.channel')}
          allowClear
          style={{ minWidth: 160 }}
          options={CHANNELS.map((value) => ({ value, label: value }))}
          onChange={(value?: Delivery['channel']) => {
            setChannel(value);
            setPage((current) => ({ ...current, page: 0 }));
          }}
        />
      </Space>
      <Table<Delivery>
        rowKey="id"
        columns={columns}
        loading={deliveries.isFetching}
        dataSource={deliveries.data?.content ?? []}
        locale={deliveries.isError ? { emptyText: errorText(deliveries.error) } : undefined}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (d) => d.lastError, rowExpandable: (d) => Boolean(d.lastError) }}
        pagination={{ current: page.page + 1, pageSize: page.size, total: deliveries.data?.totalElements ?? 0, onChange: (c, s) => setPage({ page: c - 1, size: s }) }}
      />
    </>
  );
}
