import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/**
 * A proposal reaches the influencer live through its notification, but a screen can open before that notification
 * arrives: every screen that shows agreements asks again when it opens (a list fetched on the home page a few
 * seconds before hid a new proposal).
 */
export const useInfluencerAgreements = () =>
  useQuery({
    queryKey: queryKeys.agreements('influencer'),
    queryFn: () => unwrap(api.GET('/api/leads/agreements/influencer')),
    refetchOnMount: 'always',
  });
