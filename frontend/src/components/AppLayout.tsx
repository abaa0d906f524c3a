import { useEffect } from 'react';
import { Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { UserText } from './UserText';

export interface NavItem {
  path: string;
  labelKey: string;
}

/** The frame of every signed-in page: brand, navigation, bell, language, log-out; and the live stream. */
export function AppLayout({ nav }: { nav: NavItem[] }) {
  const { t } = useTranslation();
  const { user, token, logOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  useLiveUpdates(token);

  const selected = [...nav].sort((a, b) => b.path.length - a.path.length).find((item) => pathname.startsWith(item.path));
  // On a phone the navigation scrolls sideways: keep the current page's item in view (also when the window narrows).
  useEffect(() => {
    // Only sideways: scrollIntoView would also scroll the page up (a phone resizes as its address bar hides).
    const show = () => {
      const bar = document.querySelector('.app-nav');
      const item = bar?.querySelector('.ant-menu-item-selected');
      if (!bar || !item) return;
      const shown = bar.getBoundingClientRect();
      const wanted = item.getBoundingClientRect();
      if (wanted.left < shown.left) bar.scrollLeft -= shown.left - wanted.left;
      else if (wanted.right > shown.right) bar.scrollLeft += wanted.right - shown.right;
    };
    show();
    window.addEventListener('resize', show);
    return () => window.removeEventListener('resize', show);
  }, [pathname]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        <Typography.Text strong className="app-brand">
          {t('common.appName')}
        </Typography.Text>
        <Space size="small" className="app-header-tools">
          {screens.sm && <Typography.Text className="app-user"><UserText>{user?.displayName}</UserText></Typography.Text>}
          <NotificationBell />
          <LanguageSwitch />
          <Button type="text" icon={<LogoutOutlined />} onClick={logOut} aria-label={t('common.logout')} className="app-logout">
            {screens.md ? t('common.logout') : null}
          </Button>
        </Space>
      </Layout.Header>
      <nav aria-label={t('nav.dashboard')} className="app-nav">
        <Menu
          mode="horizontal"
          disabledOverflow
          selectedKeys={selected ? [selected.path] : []}
          items={nav.map((item) => ({ key: item.path, label: t(item.labelKey) }))}
          onClick={({ key }) => void navigate(key)}
        />
      </nav>
      <Layout.Content className="app-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
