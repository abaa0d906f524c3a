import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../../test/mockApi';
import { agreement, campaign, lead } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CreateLeadForm } from './CreateLeadForm';

const preview = () => screen.getByTestId('commission-preview');

async function typeValue(value: string) {
  const user = userEvent.setup();
  const input = screen.getByLabelText('Valeur estimée du service (MAD)');
  await user.clear(input);
  await user.type(input, value);
}

async function fillLead(user: ReturnType<typeof userEvent.setup>, phone = '06 12 34 56 78') {
  await user.type(screen.getByLabelText('Nom du client'), 'Amina Tazi');
  await user.type(screen.getByLabelText('Téléphone du client'), phone);
  await user.type(screen.getByLabelText('Ville'), 'Rabat');
  await user.type(screen.getByLabelText('Valeur estimée du service (MAD)'), '500');
  await user.click(screen.getByLabelText('Le client accepte d’être contacté (loi 09-08).'));
}

describe('CreateLeadForm', () => {
  it.each([
    ['500', '50,00 MAD'],
    ['1500', '80,00 MAD'],
    ['799.99', '80,00 MAD'],
    ['799,99', '80,00 MAD'],
    ['0.05', '0,01 MAD'],
  ])('previews the commission of %s as %s', async (value, expected) => {
    mockApi([]);
    renderWithProviders(<CreateLeadForm campaigns={[campaign()]} agreements={[]} />);

    await typeValue(value);

    await waitFor(() => expect(preview()).toHaveTextContent(expected));
  });

  it('previews with the override of a signed agreement', async () => {
    mockApi([]);
    const override = agreement({ commissionOverride: { threshold: '1000.00', rate: '12.50', flat: '150.00' } });
    renderWithProviders(<CreateLeadForm campaigns={[campaign()]} agreements={[override]} />);

    await typeValue('500');
    await waitFor(() => expect(preview()).toHaveTextContent('62,50 MAD'));
    await typeValue('1000');
    await waitFor(() => expect(preview()).toHaveTextContent('150,00 MAD'));
  });

  it('ignores the override of an agreement that is not signed', async () => {
    mockApi([]);
    const proposed = agreement({ status: 'PROPOSED', commissionOverride: { threshold: '1000.00', rate: '12.50', flat: '150.00' } });
    renderWithProviders(<CreateLeadForm campaigns={[campaign()]} agreements={[proposed]} />);

    await typeValue('500');
    await waitFor(() => expect(preview()).toHaveTextContent('50,00 MAD'));
  });

  it('refuses a phone that is not a Moroccan mobile', async () => {
    const api = mockApi([]);
    const user = userEvent.setup();
    renderWithProviders(<CreateLeadForm campaigns={[campaign()]} agreements={[]} />);

    await fillLead(user, '05 22 12 34 56');
    await user.click(screen.getByRole('button', { name: 'Envoyer le lead' }));

    expect(await screen.findByText('Numéro marocain invalide (06…, 07… ou +2126…, +2127…).')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/leads/create')).toHaveLength(0);
  });

  it('submits the lead in E.164 with an idempotency key', async () => {
    const api = mockApi([{ method: 'POST', path: '/api/leads/create', status: 201, body: lead('00000000-0000-0000-0000-000000000009') }]);
    const user = userEvent.setup();
    renderWithProviders(<CreateLeadForm campaigns={[campaign()]} agreements={[]} />);

    await fillLead(user);
    await user.click(screen.getByRole('button', { name: 'Envoyer le lead' }));

    expect(await screen.findByText('Lead envoyé : commission de \u206850,00 MAD\u2069 réservée.')).toBeInTheDocument();
    const sent = api.callsTo('POST', '/api/leads/create')[0];
    expect(sent?.body).toMatchObject({ customerPhone: '+212612345678', serviceValue: '500.00', consent: true, source: 'INSTAGRAM', campaignId: campaign().id });
    expect(sent?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['DEPOSIT_DEPLETED', 'Le dépôt du marchand est épuisé : les leads sont suspendus.'],
    ['INSUFFICIENT_DEPOSIT', 'Le dépôt du marchand ne couvre pas cette commission.'],
    ['DUPLICATE_LEAD', 'Ce numéro a déjà été soumis à ce marchand ces 30 derniers jours.'],
    ['AGREEMENT_REQUIRED', 'Cette campagne exige un accord signé avec le marchand.'],
    ['CAP_REACHED', 'Le plafond de leads de cette campagne est atteint.'],
    ['CAMPAIGN_NOT_ACTIVE', 'Cette campagne n’est pas active.'],
  ])('explains the refusal %s', async (code, text) => {
    mockApi([{ method: 'POST', path: '/api/leads/create', status: 422, body: { title: 'Refused', status: 422, code, detail: 'server detail' } }]);
    const user = userEvent.setup();
    renderWithProviders(<CreateLeadForm campaigns={[campaign()]} agreements={[]} />);

    await fillLead(user);
    await user.click(screen.getByRole('button', { name: 'Envoyer le lead' }));

    expect(await screen.findByTestId('lead-error')).toHaveTextContent(text);
  });
});
