import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/**
 * The merchant proposes agreements and no live event tells the influencer, so every screen that shows them asks
 * again when it opens (a list fetched on the home page a few seconds before hid a new proposal).
 */
export const useInfluencerAgreements = () =>
  useQuery({
    queryKey: queryKeys.agreements('influencer'),
    queryFn: () => unwrap(api.GET('/api/leads/agreements/influencer')),
    refetchOnMount: 'always',
  });
