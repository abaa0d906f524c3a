import { Badge, Button, List, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import { formatDateTime } from './dates';
import { QueryState } from './QueryState';

function NotificationList() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: queryKeys.notificationList,
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { page: 0, size: 10 } } })),
  });
  const markRead = useMutation({
    mutationFn: (id: string) => unwrap(api.PUT('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
  const markAllRead = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/notifications/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
  return (
    <div style={{ width: 320, maxWidth: '80vw' }}>
      <QueryState query={list} isEmpty={(page) => page.content.length === 0} emptyText={t('notifications.empty')}>
        {(page) => (
          <List
            size="small"
            dataSource={page.content}
            renderItem={(item) => (
              <List.Item
                style={{ opacity: item.readAt ? 0.6 : 1, cursor: item.readAt ? undefined : 'pointer' }}
                onClick={() => !item.readAt && markRead.mutate(item.id)}
              >
                <List.Item.Meta
                  title={item.title}
                  description={
                    <>
                      <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={{ rows: 2 }}>{item.body}</Typography.Paragraph>
                      <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
      <Button type="link" block onClick={() => markAllRead.mutate()} loading={markAllRead.isPending}>
        {t('notifications.markAllRead')}
      </Button>
    </div>
  );
}

/** The bell with the unread count; the live stream invalidates the count when a notification arrives. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: queryKeys.unreadCount,
    queryFn: () => unwrap(api.GET('/api/notifications/unread-count')),
  });
  const count = unread.data?.count ?? 0;
  return (
    <Popover trigger="click" placement="bottomRight" title={t('notifications.title')} content={<NotificationList />}>
      <Button
        type="text"
        aria-label={t('notifications.bell', { count })}
        data-testid="notification-bell"
        icon={
          <Badge count={count} size="small" data-testid="unread-count">
            <BellOutlined style={{ fontSize: 18, color: 'inherit' }} />
          </Badge>
        }
      />
    </Popover>
  );
}
