import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { balance } from '../../../test/fixtures';
import { DepositsAtRisk } from './DepositsAtRisk';

describe('DepositsAtRisk', () => {
  it('names the merchant of each deposit at risk, with its campaign, level and what is left', () => {
    renderWithProviders(
      <DepositsAtRisk
        deposits={[
          balance({ merchantName: 'Clinique Atlas', alertLevel: 'WARNING', percentage: '15.0', available: '150.00' }),
          balance({ depositId: 'd2', merchantName: 'Auto-école Al Amal', campaignName: 'Permis B', alertLevel: 'DEPLETED', percentage: '0.0', available: '0.00' }),
        ]}
      />,
    );

    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent(/Clinique Atlas.*Dépôt général.*Alerte · 15,0 %/);
    expect(first).toHaveTextContent('150,00 MAD');
    expect(second).toHaveTextContent(/Auto-école Al Amal.*Permis B.*Épuisé · 0,0 %/);
  });
});
