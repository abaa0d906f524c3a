import { List, Progress, Typography } from 'antd';
import type { TopInfluencer } from '../../../api/types';
import { Money } from '../../../components/Money';
import { UserText } from '../../../components/UserText';

/** The best influencers by validated leads, each with a bar relative to the first. */
export function TopInfluencers({ influencers }: { influencers: TopInfluencer[] }) {
  const best = Math.max(1, ...influencers.map((influencer) => influencer.validatedLeads));
  return (
    <List
      size="small"
      dataSource={influencers}
      renderItem={(influencer) => (
        <List.Item
          extra={
            // a fixed width, so that every bar has the same length whatever the amount beside it
            <span style={{ display: 'inline-block', minWidth: 112, textAlign: 'end', fontVariantNumeric: 'tabular-nums' }}>
              <Money value={influencer.earnings} />
            </span>
          }
        >
          <div style={{ width: '100%' }}>
            <Typography.Text strong><UserText>{influencer.displayName}</UserText></Typography.Text>{' '}
            <Typography.Text type="secondary">
              {influencer.validatedLeads} / {influencer.totalLeads}
            </Typography.Text>
            <Progress percent={(influencer.validatedLeads / best) * 100} showInfo={false} size="small" status="normal" strokeColor="#52c41a" />
          </div>
        </List.Item>
      )}
    />
  );
}
