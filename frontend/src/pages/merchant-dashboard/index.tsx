import { Button, Card, Col, Empty, Row, Space } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { QueryState } from '../../components/QueryState';
import { DepositBalanceCard } from './components/DepositBalanceCard';
import { PendingLeadsTable } from './components/PendingLeadsTable';
import { RechargeModal } from './components/RechargeModal';

function NoDeposit({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <Card title={t('deposit.title')}>
      <Empty description={t('deposit.none')}>
        <Button type="primary" onClick={onCreate}>
          {t('deposit.create')}
        </Button>
      </Empty>
    </Card>
  );
}

/** The merchant's home: one gauge per deposit, then the leads waiting for a decision. */
export default function MerchantDashboardPage() {
  // The first-deposit modal lives here, not in <NoDeposit>: the new deposit replaces <NoDeposit> by a gauge
  // while the modal still shows the bank-transfer instructions.
  const [creating, setCreating] = useState(false);
  const balances = useQuery({
    queryKey: queryKeys.balances,
    queryFn: () => unwrap(api.GET('/api/leads/deposits/balance')),
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <QueryState query={balances}>
        {(list) =>
          list.length === 0 ? (
            <NoDeposit onCreate={() => setCreating(true)} />
          ) : (
            <Row gutter={[16, 16]}>
              {list.map((balance) => (
                <Col key={balance.depositId} xs={24} xl={list.length > 1 ? 12 : 24}>
                  <DepositBalanceCard balance={balance} />
                </Col>
              ))}
            </Row>
          )
        }
      </QueryState>
      <PendingLeadsTable />
      <RechargeModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
