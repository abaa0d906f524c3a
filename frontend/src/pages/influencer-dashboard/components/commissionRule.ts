import dayjs from 'dayjs';
import type { Agreement, Campaign } from '../../../api/types';
import type { CommissionRule } from '../../../lib/money';

function isCurrentSigned(agreement: Agreement, today: string): boolean {
  return agreement.status === 'SIGNED' && agreement.validFrom <= today && today <= agreement.validTo;
}

/**
 * The rule the server applies to this influencer's lead on this campaign: the override of a signed, current agreement
 * (one for this campaign before one for all the merchant's campaigns), else the campaign's settings.
 */
export function ruleFor(campaign: Campaign, agreements: Agreement[], today = dayjs().format('YYYY-MM-DD')): CommissionRule {
  const applicable = agreements.filter(
    (agreement) =>
      agreement.merchantId === campaign.merchantId &&
      (agreement.campaignId === campaign.id || !agreement.campaignId) &&
      isCurrentSigned(agreement, today) &&
      agreement.commissionOverride,
  );
  const chosen = applicable.find((agreement) => agreement.campaignId === campaign.id) ?? applicable[0];
  if (chosen?.commissionOverride) return chosen.commissionOverride;
  const { commissionThreshold, commissionRate, commissionFlat } = campaign.settings;
  return { threshold: commissionThreshold, rate: commissionRate, flat: commissionFlat };
}
