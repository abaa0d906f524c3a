import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { commissionFor, type CommissionRule } from '../../../lib/money';

/** The commission the influencer will earn for this value, computed with the server's rule as the value is typed. */
export function CommissionPreview({ serviceValue, rule }: { serviceValue: string | undefined; rule: CommissionRule | null }) {
  const { t } = useTranslation();
  const commission = rule && serviceValue ? commissionFor(serviceValue, rule) : null;
  return (
    <Card size="small" style={{ background: '#f0f7ff', marginBottom: 16 }} aria-live="polite">
      <Typography.Text type="secondary">{t('leadForm.preview')}</Typography.Text>
      <div data-testid="commission-preview">
        {commission ? (
          <span className="commission-preview">
            <Money value={commission} />
          </span>
        ) : (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('leadForm.previewHint')}
          </Typography.Paragraph>
        )}
      </div>
    </Card>
  );
}
