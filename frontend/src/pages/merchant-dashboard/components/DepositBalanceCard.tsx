import { useState } from 'react';
import { Alert, Button, Card, Col, Progress, Row, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Balance } from '../../../api/types';
import { Money } from '../../../components/Money';
import { formatPercentage } from '../../../lib/money';
import { UserText } from '../../../components/UserText';
import { LEVEL_BANNERS, LEVEL_COLORS } from './alertLevels';
import { DepositForecast } from './DepositForecast';
import { RechargeModal } from './RechargeModal';

function clampPercent(percentage: string): number {
  const value = Number.parseFloat(percentage);
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

/** One deposit: the gauge coloured by alert level, the amounts, the level's banner, the forecast and "Recharge". */
export function DepositBalanceCard({ balance }: { balance: Balance }) {
  const { t, i18n } = useTranslation();
  const [recharging, setRecharging] = useState(false);
  const level = balance.alertLevel;
  const color = LEVEL_COLORS[level];
  const percentage = formatPercentage(balance.percentage, i18n.language);
  return (
    <Card
      title={balance.campaignName ? <UserText>{balance.campaignName}</UserText> : t('deposit.general')}
      extra={
        <Button type="primary" onClick={() => setRecharging(true)}>
          {t('deposit.recharge')}
        </Button>
      }
      data-testid="deposit-card"
      data-level={level}
    >
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} sm={10} style={{ textAlign: 'center' }}>
          <Progress
            type="dashboard"
            percent={clampPercent(balance.percentage)}
            strokeColor={color}
            status="normal"
            format={() => (
              <Space direction="vertical" size={0}>
                <bdi data-testid="gauge-percent">{percentage}</bdi>
                <Typography.Text style={{ color: level === 'DEPLETED' ? '#000' : color, fontSize: 14 }} data-testid="gauge-level">
                  {t(`level.${level}`)}
                </Typography.Text>
              </Space>
            )}
            aria-label={`${t('deposit.available')}: ${percentage} — ${t(`level.${level}`)}`}
          />
        </Col>
        <Col xs={24} sm={14}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Statistic title={t('deposit.available')} valueRender={() => <Money value={balance.available} strong />} />
            <Space size="large" wrap>
              <Statistic title={t('deposit.balance')} valueRender={() => <Money value={balance.balance} />} />
              <Statistic title={t('deposit.reserved')} valueRender={() => <Money value={balance.reserved} />} />
            </Space>
            <DepositForecast depositId={balance.depositId} />
          </Space>
        </Col>
      </Row>
      <Alert
        style={{ marginTop: 16 }}
        type={LEVEL_BANNERS[level]}
        showIcon
        message={t(`alert.${level}`)}
        data-testid="deposit-alert"
        role={level === 'HEALTHY' ? 'status' : 'alert'}
      />
      <RechargeModal depositId={balance.depositId} open={recharging} onClose={() => setRecharging(false)} />
    </Card>
  );
}
