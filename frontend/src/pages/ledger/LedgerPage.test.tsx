import { screen, within } from '@testing-library/react';
import { mockApi, page } from '../../test/mockApi';
import { balance, MERCHANT_ID } from '../../test/fixtures';
import { onAWideScreen } from '../../test/screens';
import { renderWithProviders } from '../../test/render';
import type { DepositTransaction } from '../../api/types';
import LedgerPage from './index';

const capture: DepositTransaction = {
  id: 7,
  depositId: '00000000-0000-0000-0000-0000000000d1',
  merchantId: MERCHANT_ID,
  type: 'CAPTURE',
  amount: '50.00',
  leadId: '00000000-0000-0000-0000-000000000001',
  paymentId: null,
  balanceAfter: '950.00',
  reservedAfter: '0.00',
  reason: null,
  createdBy: null,
  createdAt: '2026-11-23T10:00:00Z',
};

function setUp() {
  return mockApi([
    { method: 'GET', path: '/api/leads/deposits/balance', body: [balance()] },
    { method: 'GET', path: '/api/leads/deposits/transactions', body: page([capture]) },
  ]);
}

describe('LedgerPage', () => {
  it('on a phone shows each movement as its date and type beside its amount, with no column to scroll sideways to', async () => {
    setUp();
    renderWithProviders(<LedgerPage />); // the tests' matchMedia matches nothing: the narrowest screen

    const row = (await screen.findByText('Encaissement')).closest('tr') as HTMLElement;
    expect(within(row).getByText('50,00 MAD')).toBeInTheDocument();
    expect(within(row).getAllByRole('cell')).toHaveLength(2);
    expect(screen.queryByRole('columnheader', { name: 'Type' })).toBeNull();
  });

  it('on a wider screen gives the type and the balance after their own columns', async () => {
    onAWideScreen();
    setUp();
    renderWithProviders(<LedgerPage />);

    expect(await screen.findByRole('columnheader', { name: 'Type' })).toBeInTheDocument(); // see wideColumns
    const row = (await screen.findByText('Encaissement')).closest('tr') as HTMLElement;
    expect(within(row).getByText('950,00 MAD')).toBeInTheDocument();
  });
});
