import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { AuthProvider } from '../auth/AuthContext';

/** Renders a component with the providers the app gives it (no retries, so that errors show at once). */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <AuthProvider>
          <LocaleProvider>{ui}</LocaleProvider>
        </AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
