import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from './auth/AuthContext';
import { homeOf, RequireRole } from './auth/RequireRole';
import { AppLayout, type NavItem } from './components/AppLayout';
import type { Role } from './api/types';

const LoginPage = lazy(() => import('./pages/login'));
const SignUpPage = lazy(() => import('./pages/signup'));
const MerchantDashboardPage = lazy(() => import('./pages/merchant-dashboard'));
const CampaignsPage = lazy(() => import('./pages/campaigns'));
const MerchantAgreementsPage = lazy(() => import('./pages/merchant-agreements'));
const LedgerPage = lazy(() => import('./pages/ledger'));
const PaymentsPage = lazy(() => import('./pages/payments'));
const AutoRechargePage = lazy(() => import('./pages/auto-recharge'));
const InfluencerDashboardPage = lazy(() => import('./pages/influencer-dashboard'));
const MyLeadsPage = lazy(() => import('./pages/my-leads'));
const InfluencerAgreementsPage = lazy(() => import('./pages/influencer-agreements'));
const AdminDashboardPage = lazy(() => import('./pages/admin-dashboard'));
const BankTransfersPage = lazy(() => import('./pages/bank-transfers'));
const NotificationsLogPage = lazy(() => import('./pages/notifications-log'));
const JobsPage = lazy(() => import('./pages/jobs'));

const MERCHANT_NAV: NavItem[] = [
  { path: '/merchant', labelKey: 'nav.dashboard' },
  { path: '/merchant/campaigns', labelKey: 'nav.campaigns' },
  { path: '/merchant/agreements', labelKey: 'nav.agreements' },
  { path: '/merchant/ledger', labelKey: 'nav.ledger' },
  { path: '/merchant/payments', labelKey: 'nav.payments' },
  { path: '/merchant/auto-recharge', labelKey: 'nav.autoRecharge' },
];
const INFLUENCER_NAV: NavItem[] = [
  { path: '/influencer', labelKey: 'nav.newLead' },
  { path: '/influencer/leads', labelKey: 'nav.myLeads' },
  { path: '/influencer/agreements', labelKey: 'nav.agreements' },
];
const ADMIN_NAV: NavItem[] = [
  { path: '/admin', labelKey: 'nav.overview' },
  { path: '/admin/transfers', labelKey: 'nav.transfers' },
  { path: '/admin/payments', labelKey: 'nav.payments' },
  { path: '/admin/notifications', labelKey: 'nav.notifications' },
  { path: '/admin/jobs', labelKey: 'nav.jobs' },
];

function Area({ role, nav }: { role: Role; nav: NavItem[] }) {
  return (
    <RequireRole role={role}>
      <AppLayout nav={nav} />
    </RequireRole>
  );
}

function Home(): ReactNode {
  const { user } = useAuth();
  return <Navigate to={user ? homeOf(user.role) : '/login'} replace />;
}

export function App() {
  return (
    <Suspense fallback={<Spin size="large" className="page-spinner" />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={<SignUpPage />} />
        <Route path="/merchant" element={<Area role="MERCHANT" nav={MERCHANT_NAV} />}>
          <Route index element={<MerchantDashboardPage />} />
          <Route path="campaigns" element={<CampaignsPage />} />
          <Route path="agreements" element={<MerchantAgreementsPage />} />
          <Route path="ledger" element={<LedgerPage />} />
          <Route path="payments" element={<PaymentsPage />} />
          <Route path="auto-recharge" element={<AutoRechargePage />} />
        </Route>
        <Route path="/influencer" element={<Area role="INFLUENCER" nav={INFLUENCER_NAV} />}>
          <Route index element={<InfluencerDashboardPage />} />
          <Route path="leads" element={<MyLeadsPage />} />
          <Route path="agreements" element={<InfluencerAgreementsPage />} />
        </Route>
        <Route path="/admin" element={<Area role="ADMIN" nav={ADMIN_NAV} />}>
          <Route index element={<AdminDashboardPage />} />
          <Route path="transfers" element={<BankTransfersPage />} />
          <Route path="payments" element={<PaymentsPage />} />
          <Route path="notifications" element={<NotificationsLogPage />} />
          <Route path="jobs" element={<JobsPage />} />
        </Route>
        <Route path="*" element={<Home />} />
      </Routes>
    </Suspense>
  );
}
