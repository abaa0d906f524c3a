import { Card, Col, Row, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { QueryState } from '../../components/QueryState';
import { UserText } from '../../components/UserText';
import { AutoRechargeForm } from './components/AutoRechargeForm';

/** The merchant's auto-recharge rules: one form per deposit. */
export default function AutoRechargePage() {
  const { t } = useTranslation();
  const balances = useQuery({ queryKey: queryKeys.balances, queryFn: () => unwrap(api.GET('/api/leads/deposits/balance')) });
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('autoRecharge.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('autoRecharge.intro')}</Typography.Paragraph>
      <QueryState query={balances} isEmpty={(list) => list.length === 0} emptyText={t('deposit.none')}>
        {(list) => (
          <Row gutter={[16, 16]}>
            {list.map((deposit) => (
              <Col key={deposit.depositId} xs={24} lg={12}>
                <Card title={deposit.campaignName ? <UserText>{deposit.campaignName}</UserText> : t('deposit.general')}>
                  <AutoRechargeForm depositId={deposit.depositId} />
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
    </>
  );
}
