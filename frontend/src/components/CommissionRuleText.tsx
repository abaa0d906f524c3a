import { useTranslation } from 'react-i18next';
import { formatDecimal, formatMoney, type CommissionRule } from '../lib/money';
import { isolate } from './UserText';

/** "10 % sous 800,00 MAD, sinon 80,00 MAD": a commission rule in words, in the current language. */
export function CommissionRuleText({ rule }: { rule: CommissionRule }) {
  const { t, i18n } = useTranslation();
  const rate = formatDecimal(rule.rate, i18n.language, 2);
  return (
    <span>
      {t('campaigns.commissionRule', { rate, threshold: isolate(formatMoney(rule.threshold, i18n.language)), flat: isolate(formatMoney(rule.flat, i18n.language)) })}
    </span>
  );
}
