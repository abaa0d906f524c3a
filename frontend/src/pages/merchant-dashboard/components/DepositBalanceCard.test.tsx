import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AlertLevel } from '../../../api/types';
import { mockApi } from '../../../test/mockApi';
import { balance } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { DepositBalanceCard } from './DepositBalanceCard';

const NO_FORECAST = { method: 'GET', path: '/api/leads/stats/forecast/00000000-0000-0000-0000-0000000000d1', status: 404, body: { title: 'Not Found', status: 404, code: 'NOT_FOUND' } };

/** The gauge's stroke as #rrggbb (antd puts it in the style, which jsdom reports as rgb()). */
function gaugeStroke(container: HTMLElement): string {
  const path = container.querySelector<SVGElement>('.ant-progress-circle-path');
  const channels = (path?.style.stroke ?? '').match(/\d+/g) ?? [];
  return `#${channels.map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`;
}

describe('DepositBalanceCard', () => {
  // Each level at its boundary: r > 50 % healthy, 20 < r ≤ 50 attention, 10 < r ≤ 20 warning, 0 < r ≤ 10 critical, ≤ 0 depleted.
  it.each<[string, AlertLevel, string, string, string]>([
    ['50.01', 'HEALTHY', '#52c41a', 'Sain', 'Votre dépôt est en bonne santé.'],
    ['50.00', 'ATTENTION', '#fadb14', 'Attention', 'Votre dépôt est passé sous 50 % : pensez à le recharger.'],
    ['20.00', 'WARNING', '#fa8c16', 'Alerte', 'Votre dépôt est sous 20 % : rechargez-le bientôt.'],
    ['10.00', 'CRITICAL', '#f5222d', 'Critique', 'Votre dépôt est sous 10 % : rechargez-le maintenant pour ne pas perdre de leads.'],
    ['0.00', 'DEPLETED', '#000000', 'Épuisé', 'Votre dépôt est épuisé : les nouveaux leads sont refusés jusqu’à la recharge.'],
  ])('shows %s %% as %s in %s', async (percentage, alertLevel, color, label, banner) => {
    mockApi([NO_FORECAST]);
    const { container } = renderWithProviders(<DepositBalanceCard balance={balance({ percentage, alertLevel })} />);

    expect(screen.getByTestId('deposit-card')).toHaveAttribute('data-level', alertLevel);
    expect(screen.getByTestId('gauge-level')).toHaveTextContent(label);
    expect(screen.getByTestId('gauge-percent')).toHaveTextContent(`${percentage.replace('.', ',')} %`);
    expect(screen.getByTestId('gauge-percent').tagName).toBe('BDI'); // reads "71,7 %" in Arabic, not "% 71,7"
    expect(gaugeStroke(container)).toBe(color);
    expect(screen.getByTestId('deposit-alert')).toHaveTextContent(banner);
    expect(await screen.findByText('Pas de prévision : aucune consommation récente.')).toBeInTheDocument();
  });

  it('shows balance, reserved and available in French money', () => {
    mockApi([NO_FORECAST]);
    renderWithProviders(<DepositBalanceCard balance={balance({ balance: '1234.50', reserved: '50.00', available: '1184.50' })} />);

    expect(screen.getByText('1 234,50 MAD')).toBeInTheDocument();
    expect(screen.getByText('50,00 MAD')).toBeInTheDocument();
    expect(screen.getByText('1 184,50 MAD')).toBeInTheDocument();
  });

  it('shows the depletion forecast when there is a burn', async () => {
    mockApi([{ ...NO_FORECAST, status: 200, body: { depositId: 'd1', available: '300.00', capturedLast7Days: '150.00', newlyReservedLast7Days: '25.00', burnRatePerDay: '25.00', daysUntilDepleted: '12.5', projectedDepletionDate: '2026-12-06', outcome: 'FORECAST' } }]);
    renderWithProviders(<DepositBalanceCard balance={balance()} />);

    expect(await screen.findByTestId('forecast')).toHaveTextContent('Épuisement estimé dans 12,5 jours (le 06/12/2026).');
  });

  it('starts a bank-transfer recharge and shows the reference to quote', async () => {
    const api = mockApi([
      NO_FORECAST,
      {
        method: 'POST',
        path: '/api/leads/deposits/recharge',
        status: 201,
        body: {
          deposit: balance(),
          payment: { id: 'p1', amount: '2000.00', method: 'BANK_TRANSFER', status: 'PENDING' },
          bankTransfer: { reference: 'LEADS-2026-0042', details: 'RIB 011 780 0000' },
        },
      },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<DepositBalanceCard balance={balance()} />);

    await user.click(screen.getByRole('button', { name: 'Recharger' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Montant (MAD)'), '2000');
    await user.click(within(dialog).getByRole('button', { name: 'Continuer' }));

    expect(await screen.findByTestId('bank-reference')).toHaveTextContent('LEADS-2026-0042');
    expect(api.callsTo('POST', '/api/leads/deposits/recharge')[0]?.body).toEqual({
      depositId: '00000000-0000-0000-0000-0000000000d1',
      amount: '2000.00',
      method: 'BANK_TRANSFER',
    });
  });
});
