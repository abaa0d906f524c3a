import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import type { Balance } from '../api/types';

/** Puts a balance pushed by the server in the cached list of balances, replacing the one with the same deposit. */
export function mergeBalance(queryClient: QueryClient, balance: Balance): void {
  queryClient.setQueryData<Balance[]>(queryKeys.balances, (current) => {
    if (!current) return [balance];
    const known = current.some((item) => item.depositId === balance.depositId);
    return known ? current.map((item) => (item.depositId === balance.depositId ? balance : item)) : [...current, balance];
  });
}

/**
 * Server-sent events replace the source's 30-second polling. EventSource cannot send headers,
 * so the token travels as `access_token`; the browser reconnects by itself after a drop.
 */
export function useLiveUpdates(token: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!token || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(`/api/notifications/stream?access_token=${encodeURIComponent(token)}`);
    // A notification tells that something changed elsewhere (an agreement proposed or signed, a payment confirmed…).
    source.addEventListener('notification', () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
      void queryClient.invalidateQueries({ queryKey: ['agreements'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.paymentsRoot });
    });
    source.addEventListener('deposit', (event: MessageEvent<string>) => {
      mergeBalance(queryClient, JSON.parse(event.data) as Balance);
      void queryClient.invalidateQueries({ queryKey: ['deposits', 'transactions'] });
    });
    source.addEventListener('lead', () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.leads });
    });
    return () => source.close();
  }, [token, queryClient]);
}
