import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeliveriesTable } from './components/DeliveriesTable';
import { DemoInbox } from './components/DemoInbox';

/** What the platform told whom: the delivery log, and the demo inbox. */
export default function NotificationsLogPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <Tabs
        items={[
          { key: 'log', label: t('nav.notifications'), children: <DeliveriesTable /> },
          { key: 'inbox', label: t('nav.inbox'), children: <DemoInbox /> },
        ]}
      />
    </Card>
  );
}
