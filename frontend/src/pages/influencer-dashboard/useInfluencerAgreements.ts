import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export const useInfluencerAgreements = () =>
  useQuery({
    queryKey: queryKeys.agreements('influencer'),
    queryFn: () => unwrap(api.GET('/api/leads/agreements/influencer')),
  });
