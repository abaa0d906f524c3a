import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../../test/mockApi';
import { campaign, lead } from '../../../test/fixtures';
import { onAWideScreen } from '../../../test/screens';
import { renderWithProviders } from '../../../test/render';
import { writeSession } from '../../../auth/session';
import { PendingLeadsTable } from './PendingLeadsTable';

const LEAD_1 = '00000000-0000-0000-0000-000000000001';
const LEAD_2 = '00000000-0000-0000-0000-000000000002';
const LEADS_PATH = '/api/leads/merchant/my-leads';

function setUp(bulkResults: unknown = { results: [{ id: LEAD_1, outcome: 'OK', status: 'VALIDATED' }] }) {
  return mockApi([
    { method: 'GET', path: '/api/campaigns', body: page([campaign()]) },
    { method: 'GET', path: LEADS_PATH, body: page([lead(LEAD_1), lead(LEAD_2, { customerName: 'Yassine' })]) },
    { method: 'PUT', path: '/api/leads/bulk/validate', body: bulkResults },
    { method: 'PUT', path: '/api/leads/bulk/reject', body: { results: [{ id: LEAD_2, outcome: 'OK', status: 'REJECTED' }] } },
  ]);
}

const lastLeadsQuery = (api: ReturnType<typeof setUp>) => api.callsTo('GET', LEADS_PATH).at(-1)?.url.searchParams;

describe('PendingLeadsTable', () => {
  it('asks the server for pending leads sorted by expiry, and shows commission and time left', async () => {
    const api = setUp();
    renderWithProviders(<PendingLeadsTable />);

    expect(await screen.findByText('Yassine')).toBeInTheDocument();
    expect(lastLeadsQuery(api)?.get('status')).toBe('PENDING');
    expect(lastLeadsQuery(api)?.get('sort')).toBe('expiresAt,asc');
    expect(lastLeadsQuery(api)?.get('page')).toBe('0');
    expect(screen.getAllByText('50,00 MAD')).toHaveLength(2);
    expect(screen.getAllByText(/^29 h 5\d min$/)).toHaveLength(2);
  });

  it('sends the text and source filters to the server', async () => {
    const api = setUp();
    const user = userEvent.setup();
    renderWithProviders(<PendingLeadsTable />);
    await screen.findByText('Yassine');

    await user.type(screen.getByPlaceholderText('Nom, téléphone, ville…'), 'Yass{Enter}');
    await waitFor(() => expect(lastLeadsQuery(api)?.get('q')).toBe('Yass'));

    await user.click(screen.getByRole('combobox', { name: 'Source' }));
    await user.click(await screen.findByTitle('TikTok'));
    await waitFor(() => expect(lastLeadsQuery(api)?.get('source')).toBe('TIKTOK'));
    expect(lastLeadsQuery(api)?.get('q')).toBe('Yass');
    expect(lastLeadsQuery(api)?.get('status')).toBe('PENDING');
  });

  it('validates the selected leads in bulk', async () => {
    const api = setUp();
    const user = userEvent.setup();
    renderWithProviders(<PendingLeadsTable />);
    await screen.findByText('Yassine');

    await user.click(screen.getByRole('checkbox', { name: 'Client 01' }));
    await user.click(screen.getByRole('button', { name: 'Valider (1)' }));

    await waitFor(() => expect(api.callsTo('PUT', '/api/leads/bulk/validate')).toHaveLength(1));
    expect(api.callsTo('PUT', '/api/leads/bulk/validate')[0]?.body).toEqual({ ids: [LEAD_1] });
    expect(await screen.findByText('1 lead(s) traité(s).')).toBeInTheDocument();
  });

  it('reports the leads a bulk decision could not change, with the reason', async () => {
    setUp({ results: [{ id: LEAD_1, outcome: 'ERROR', code: 'LEAD_EXPIRED' }] });
    const user = userEvent.setup();
    renderWithProviders(<PendingLeadsTable />);
    await screen.findByText('Yassine');

    await user.click(screen.getByRole('checkbox', { name: 'Client 01' }));
    await user.click(screen.getByRole('button', { name: 'Valider (1)' }));

    expect(await screen.findByText('1 lead(s) en erreur : Ce lead a expiré.')).toBeInTheDocument();
  });

  it('requires a reason before rejecting in bulk', async () => {
    const api = setUp();
    const user = userEvent.setup();
    renderWithProviders(<PendingLeadsTable />);
    await screen.findByText('Yassine');

    await user.click(screen.getByRole('checkbox', { name: 'Yassine' }));
    await user.click(screen.getByRole('button', { name: 'Refuser (1)' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Refuser' }));
    expect(await within(dialog).findByText('Choisissez un motif.')).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/leads/bulk/reject')).toHaveLength(0);

    await user.click(within(dialog).getByRole('combobox', { name: 'Motif' }));
    await user.click(await screen.findByTitle('Faux contact'));
    await user.type(within(dialog).getByLabelText('Commentaire'), 'Numéro inexistant');
    await user.click(within(dialog).getByRole('button', { name: 'Refuser' }));

    await waitFor(() => expect(api.callsTo('PUT', '/api/leads/bulk/reject')).toHaveLength(1));
    expect(api.callsTo('PUT', '/api/leads/bulk/reject')[0]?.body).toEqual({ ids: [LEAD_2], reason: 'FAKE', comment: 'Numéro inexistant' });
  });

  it('exports the current filter as CSV with the bearer token', async () => {
    writeSession({ accessToken: 'jwt-merchant', user: { id: 'm1', email: 'm@x.ma', role: 'MERCHANT', displayName: 'M', phone: '+212661000000', locale: 'fr', companyName: null, createdAt: '2026-11-01T10:00:00Z' } });
    const api = setUp();
    api.calls.length = 0;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() }));
    const user = userEvent.setup();
    renderWithProviders(<PendingLeadsTable />);
    await screen.findByText('Yassine');

    await user.click(screen.getByRole('button', { name: /Exporter en CSV/ }));

    await waitFor(() => expect(api.callsTo('GET', '/api/leads/merchant/export.csv')).toHaveLength(1));
    const exported = api.callsTo('GET', '/api/leads/merchant/export.csv')[0];
    expect(exported?.url.searchParams.get('status')).toBe('PENDING');
    expect(exported?.headers.get('Authorization')).toBe('Bearer jwt-merchant');
  });

  it('on a phone puts commission and time left under the customer, with no column to scroll sideways to', async () => {
    setUp();
    renderWithProviders(<PendingLeadsTable />); // the tests' matchMedia matches nothing: the narrowest screen

    const row = (await screen.findByText('Yassine')).closest('tr') as HTMLElement;
    expect(within(row).getByText('50,00 MAD')).toBeInTheDocument();
    expect(within(row).getByText(/^29 h 5\d min$/)).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /Commission/ })).toBeNull();
  });

  it('on a wider screen shows commission, status and time left in their own sortable columns', async () => {
    onAWideScreen();
    setUp();
    renderWithProviders(<PendingLeadsTable />);

    expect(await screen.findByRole('columnheader', { name: /Commission/ })).toBeInTheDocument(); // see wideColumns
    const row = (await screen.findByText('Yassine')).closest('tr') as HTMLElement;
    expect(screen.getByRole('columnheader', { name: /Temps restant/ })).toBeInTheDocument();
    expect(within(within(row).getAllByRole('cell')[1] as HTMLElement).queryByText('50,00 MAD')).toBeNull();
    expect(within(row).getByText('50,00 MAD')).toBeInTheDocument();
  });
});
