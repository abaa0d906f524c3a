import { Collapse, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime } from '../../../components/dates';
import { isolate, UserParagraph } from '../../../components/UserText';

/** The e-mails the demo profile caught instead of sending. */
export function DemoInbox() {
  const { t } = useTranslation();
  const inbox = useQuery({ queryKey: queryKeys.inbox, queryFn: () => unwrap(api.GET('/api/admin/inbox')) });
  return (
    <QueryState query={inbox} isEmpty={(messages) => messages.length === 0}>
      {(messages) => (
        <Collapse
          items={messages.map((mail) => ({
            key: mail.id,
            label: `${formatDateTime(mail.receivedAt)} — ${isolate(mail.subject)}`,
            extra: <Typography.Text type="secondary">{t('notifications.to')} {mail.recipient}</Typography.Text>,
            children: (
              // a message in Arabic reads right to left on a French or English page too
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                <UserParagraph>{mail.bodyText}</UserParagraph>
              </Typography.Paragraph>
            ),
          }))}
        />
      )}
    </QueryState>
  );
}
