import { screen, within } from '@testing-library/react';
import { mockApi, page } from '../../test/mockApi';
import { MERCHANT_ID } from '../../test/fixtures';
import { onAWideScreen } from '../../test/screens';
import { renderWithProviders } from '../../test/render';
import type { Payment } from '../../api/types';
import BankTransfersPage from './index';

const transfer: Payment = {
  id: '00000000-0000-0000-0000-0000000000p1',
  merchantId: MERCHANT_ID,
  merchantName: 'Clinique Atlas',
  depositId: '00000000-0000-0000-0000-0000000000d1',
  method: 'BANK_TRANSFER',
  amount: '1500.00',
  currency: 'MAD',
  status: 'PENDING',
  providerReference: null,
  providerError: null,
  externalKey: 'LDS-ABCD-EFGH-IJ',
  receiptNumber: null,
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
};

function setUp() {
  return mockApi([{ method: 'GET', path: '/api/payments', body: page([transfer]) }]);
}

describe('BankTransfersPage', () => {
  it('on a phone shows each transfer as its merchant, date and reference beside its amount and actions', async () => {
    setUp();
    renderWithProviders(<BankTransfersPage />); // the tests' matchMedia matches nothing: the narrowest screen

    const row = (await screen.findByText('Clinique Atlas')).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell')).toHaveLength(2);
    expect(within(row).getByText('LDS-ABCD-EFGH-IJ')).toBeInTheDocument();
    expect(within(row).getByText('1 500,00 MAD')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Confirmer' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Référence' })).toBeNull();
  });

  it('on a wider screen gives the date, the reference and the actions their own columns', async () => {
    onAWideScreen();
    setUp();
    renderWithProviders(<BankTransfersPage />);

    expect(await screen.findByRole('columnheader', { name: 'Référence' })).toBeInTheDocument(); // see wideColumns
    const row = (await screen.findByText('Clinique Atlas')).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell')).toHaveLength(5);
    expect(within(row).getByRole('button', { name: 'Refuser' })).toBeInTheDocument();
  });
});
