import { act, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { mockApi } from '../test/mockApi';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { InfluencerKpis } from '../pages/influencer-dashboard/components/InfluencerKpis';
import type { User } from '../api/types';
import { AuthProvider, useAuth } from './AuthContext';
import { RequireRole } from './RequireRole';
import { writeSession, type Session } from './session';

const INFLUENCER: User = {
  id: '00000000-0000-0000-0000-0000000000f1',
  email: 'salma@x.ma',
  role: 'INFLUENCER',
  displayName: 'Salma',
  phone: null,
  locale: 'fr',
  companyName: null,
  createdAt: '2026-11-01T10:00:00Z',
};
const MERCHANT: User = { ...INFLUENCER, id: '00000000-0000-0000-0000-00000000000a', email: 'm@x.ma', role: 'MERCHANT', displayName: 'Clinique' };
const STATS_PATH = `/api/leads/stats/influencer/${INFLUENCER.id}`;

function stats() {
  const zero = { totalLeads: 3, pendingLeads: 0, validatedLeads: 0, rejectedLeads: 0, expiredLeads: 0 };
  return {
    scope: 'INFLUENCER',
    influencerId: INFLUENCER.id,
    stats: { ...zero, commissionsCaptured: '75.00', commissionsPending: '0.00', validatedValue: '0.00' },
  };
}

function InfluencerHome() {
  const { user } = useAuth();
  return user ? <InfluencerKpis influencerId={user.id} /> : null;
}

/** What another tab of the same browser does when it logs in: it replaces the shared session in localStorage. */
function logInInAnotherTab(session: Session) {
  const value = JSON.stringify(session);
  localStorage.setItem('leads.session', value);
  window.dispatchEvent(new StorageEvent('storage', { key: 'leads.session', newValue: value }));
}

describe('AuthProvider', () => {
  it('follows a log-in made in another tab instead of asking for the previous user’s data with the new token', async () => {
    // given an influencer's home, and a merchant who has never worked with this influencer
    writeSession({ accessToken: 'jwt-influencer', user: INFLUENCER });
    const api = mockApi([{ method: 'GET', path: STATS_PATH, body: stats() }]);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } });
    render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={['/influencer']}>
          <AuthProvider>
            <LocaleProvider>
              <Routes>
                <Route path="/influencer" element={<RequireRole role="INFLUENCER"><InfluencerHome /></RequireRole>} />
                <Route path="/merchant" element={<p>merchant home</p>} />
              </Routes>
            </LocaleProvider>
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('75,00 MAD')).toBeInTheDocument();

    // when the merchant logs in in another tab of the same browser
    act(() => logInInAnotherTab({ accessToken: 'jwt-merchant', user: MERCHANT }));

    // then this tab becomes the merchant's, and the influencer's KPIs are neither shown nor asked for with its token
    expect(await screen.findByText('merchant home')).toBeInTheDocument();
    expect(screen.queryByText('75,00 MAD')).not.toBeInTheDocument();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    const statsCalls = api.callsTo('GET', STATS_PATH);
    expect(statsCalls.map((call) => call.headers.get('Authorization'))).toEqual(['Bearer jwt-influencer']);
  });
});
