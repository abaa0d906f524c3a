import { render } from '@testing-library/react';
import i18n from '../i18n';
import { CommissionRuleText } from './CommissionRuleText';
import { UserText } from './UserText';

describe('text in its own direction', () => {
  afterEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('isolates the amounts of a commission rule inside an Arabic sentence', async () => {
    await i18n.changeLanguage('ar');
    const { container } = render(<CommissionRuleText rule={{ threshold: '800.00', rate: '10.00', flat: '80.00' }} />);

    // without the isolates the browser shows "MAD 800,00" on a right-to-left page
    expect(container.textContent?.replace(/\s/g, ' ')).toBe('10% تحت \u2068800,00 MAD\u2069، وإلا \u206880,00 MAD\u2069');
  });

  it('puts a name in an element that takes its direction from its own text', () => {
    const { container } = render(<UserText>3 months membership</UserText>);

    expect(container.querySelector('bdi')?.textContent).toBe('3 months membership');
  });
});
