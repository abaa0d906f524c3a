import type { ReactNode } from 'react';
import { renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { balance } from '../test/fixtures';
import { useLiveUpdates } from './useLiveUpdates';

/** Stands in for the browser's EventSource: the test emits the server's events by hand. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  closed = false;

  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, listener);
  }

  emit(type: string, data: unknown) {
    this.listeners.get(type)?.(new MessageEvent(type, { data: JSON.stringify(data) }));
  }

  close() {
    this.closed = true;
  }
}

function setUp() {
  vi.stubGlobal('EventSource', FakeEventSource);
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const hook = renderHook(() => useLiveUpdates('jwt token'), { wrapper });
  return { queryClient, hook, source: FakeEventSource.last as FakeEventSource };
}

describe('useLiveUpdates', () => {
  it('listens to the stream with the token in the query string, and closes it on unmount', () => {
    const { hook, source } = setUp();

    expect(source.url).toBe('/api/notifications/stream?access_token=jwt%20token');
    hook.unmount();
    expect(source.closed).toBe(true);
  });

  it('replaces the pushed deposit in the cached balances', () => {
    const { queryClient, source } = setUp();
    const other = balance({ depositId: 'other' });
    queryClient.setQueryData(queryKeys.balances, [balance(), other]);

    source.emit('deposit', balance({ available: '950.00', reserved: '50.00', percentage: '95.00' }));

    expect(queryClient.getQueryData(queryKeys.balances)).toEqual([balance({ available: '950.00', reserved: '50.00', percentage: '95.00' }), other]);
  });

  it('marks the lead lists and the notifications stale', () => {
    const { queryClient, source } = setUp();
    queryClient.setQueryData(queryKeys.merchantLeads({ status: 'PENDING' }), { content: [] });
    queryClient.setQueryData(queryKeys.unreadCount, { count: 0 });

    source.emit('lead', { id: 'l1', status: 'PENDING' });
    source.emit('notification', { id: 'n1' });

    expect(queryClient.getQueryState(queryKeys.merchantLeads({ status: 'PENDING' }))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(queryKeys.unreadCount)?.isInvalidated).toBe(true);
  });
});
