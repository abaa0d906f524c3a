import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { writeSession } from '../auth/session';
import { mockApi } from '../test/mockApi';
import { renderWithProviders } from '../test/render';
import { LanguageSwitch } from './LanguageSwitch';

describe('LanguageSwitch', () => {
  afterEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('turns the page right-to-left in Arabic and remembers the choice for the user', async () => {
    writeSession({
      accessToken: 'jwt',
      user: { id: 'u1', email: 'u@x.ma', role: 'MERCHANT', displayName: 'U', phone: '+212661000000', locale: 'fr', companyName: null, createdAt: '2026-11-01T10:00:00Z' },
    });
    const api = mockApi([{ method: 'PUT', path: '/api/auth/me/locale', body: {} }]);
    const user = userEvent.setup();
    renderWithProviders(<LanguageSwitch />);

    await user.click(screen.getByRole('combobox', { name: 'Langue' }));
    await user.click(await screen.findByTitle('العربية'));

    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(localStorage.getItem('leads.lang')).toBe('ar');
    await waitFor(() => expect(api.callsTo('PUT', '/api/auth/me/locale')[0]?.body).toEqual({ locale: 'ar' }));
  });

  it('changes the language without calling the server when nobody is signed in', async () => {
    const api = mockApi([]);
    const user = userEvent.setup();
    renderWithProviders(<LanguageSwitch />);

    await user.click(screen.getByRole('combobox', { name: 'Langue' }));
    await user.click(await screen.findByTitle('English'));

    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(api.calls).toHaveLength(0);
  });
});
