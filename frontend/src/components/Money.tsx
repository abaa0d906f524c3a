import { useTranslation } from 'react-i18next';
import { formatMoney } from '../lib/money';

/** An amount in MAD, formatted for the current language; `dir="ltr"` keeps digits and sign in order inside Arabic text. */
export function Money({ value, strong = false }: { value: string | null | undefined; strong?: boolean }) {
  const { i18n } = useTranslation();
  const text = formatMoney(value, i18n.language);
  return (
    <bdi className="money" style={strong ? { fontWeight: 600 } : undefined}>
      {text}
    </bdi>
  );
}
