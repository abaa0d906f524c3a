import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Agreement, Campaign } from '../../../api/types';
import { CommissionRuleText } from '../../../components/CommissionRuleText';
import { UserText } from '../../../components/UserText';
import { ruleFor } from './commissionRule';

/** The campaigns an influencer can bring leads to, with the commission rule that applies to them. */
export function ActiveCampaigns({ campaigns, agreements }: { campaigns: Campaign[]; agreements: Agreement[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('campaigns.active')}>
      <List
        dataSource={campaigns}
        locale={{ emptyText: t('influencer.noCampaign') }}
        renderItem={(campaign) => {
          return (
            <List.Item>
              <List.Item.Meta
                title={<UserText>{campaign.name}</UserText>}
                description={
                  <Space direction="vertical" size={2}>
                    <Typography.Text type="secondary">
                      <UserText>{campaign.merchantName}</UserText> · <UserText>{campaign.city}</UserText>
                    </Typography.Text>
                    <Typography.Text>
                      <CommissionRuleText rule={ruleFor(campaign, agreements)} />
                    </Typography.Text>
                    {campaign.settings.requiresAgreement && <Tag color="blue">{t('campaigns.requiresAgreement')}</Tag>}
                  </Space>
                }
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
