import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { mockApi } from '../../../test/mockApi';
import { renderWithProviders } from '../../../test/render';
import type { AutoRechargeRule } from '../../../api/types';
import { AutoRechargeForm } from './AutoRechargeForm';

const DEPOSIT = '00000000-0000-0000-0000-0000000000d1';
const PATH = `/api/leads/deposits/${DEPOSIT}/auto-recharge`;

function rule(overrides: Partial<AutoRechargeRule> = {}): AutoRechargeRule {
  return {
    depositId: DEPOSIT,
    merchantId: '00000000-0000-0000-0000-00000000000a',
    enabled: true,
    triggerLevel: 'CRITICAL',
    mode: 'TOP_UP_TO',
    amount: '2000.00',
    cardSaved: true,
    stoppedAt: null,
    stopReason: null,
    ...overrides,
  };
}

const renderForm = () =>
  renderWithProviders(
    <App>
      <AutoRechargeForm depositId={DEPOSIT} />
    </App>,
  );

describe('AutoRechargeForm', () => {
  it('shows the saved rule and why it stopped', async () => {
    mockApi([{ method: 'GET', path: PATH, body: rule({ stoppedAt: '2026-11-20T09:30:00Z', stopReason: 'Card declined' }) }]);
    renderForm();

    expect(await screen.findByLabelText('Montant (MAD)')).toHaveValue('2000.00');
    expect(screen.getByRole('switch')).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Critique' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Compléter jusqu’à' })).toBeChecked();
    expect(screen.getByText(/Arrêtée le .*: Card declined/)).toBeInTheDocument();
  });

  it('starts from defaults when the deposit has no rule yet, and saves what the merchant chose', async () => {
    const api = mockApi([
      { method: 'GET', path: PATH, status: 404, body: { title: 'Not Found', status: 404, code: 'NOT_FOUND' } },
      { method: 'PUT', path: PATH, body: rule({ triggerLevel: 'WARNING', mode: 'FIXED', amount: '500.00' }) },
    ]);
    const user = userEvent.setup();
    renderForm();

    expect(await screen.findByText('Pas encore de règle pour ce dépôt.')).toBeInTheDocument();
    expect(screen.queryByText('Impossible de charger ces données.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch'));
    await user.type(screen.getByLabelText('Montant (MAD)'), '500');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(api.callsTo('PUT', PATH)).toHaveLength(1));
    expect(api.callsTo('PUT', PATH)[0]?.body).toEqual({ enabled: true, triggerLevel: 'WARNING', mode: 'FIXED', amount: '500' });
    expect(await screen.findByText('Enregistré.')).toBeInTheDocument();
  });

  it('refuses an amount that is not positive with two decimals at most, without calling the service', async () => {
    const api = mockApi([{ method: 'GET', path: PATH, body: rule() }]);
    const user = userEvent.setup();
    renderForm();

    const amount = await screen.findByLabelText('Montant (MAD)');
    await user.clear(amount);
    await user.type(amount, '12.345');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Indiquez un montant positif avec au plus deux décimales.')).toBeInTheDocument();

    await user.clear(amount);
    await user.type(amount, '2000000');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Au plus 1 000 000 MAD.')).toBeInTheDocument();
    expect(api.callsTo('PUT', PATH)).toHaveLength(0);
  });

  it('explains that a card must be saved first when the service refuses to enable the rule', async () => {
    mockApi([
      { method: 'GET', path: PATH, body: rule({ enabled: false, cardSaved: false }) },
      { method: 'PUT', path: PATH, status: 409, body: { title: 'Conflict', status: 409, code: 'SAVED_CARD_REQUIRED' } },
    ]);
    const user = userEvent.setup();
    renderForm();

    expect(await screen.findByText(/Aucune carte enregistrée/)).toBeInTheDocument();
    await user.click(screen.getByRole('switch'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText(/Enregistrez d’abord une carte/)).toBeInTheDocument();
  });

  it('offers to retry when the rule cannot be loaded', async () => {
    mockApi([{ method: 'GET', path: PATH, status: 500, body: { title: 'Error', status: 500, code: 'SERVER_ERROR' } }]);
    renderForm();

    expect(await screen.findByText('Impossible de charger ces données.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});
