import { vi } from 'vitest';

export interface RecordedCall {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

interface Route {
  method: string;
  path: string;
  status?: number;
  /** The answer's body, or a function of the call that returns it. */
  body: unknown;
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/**
 * Stubs fetch at the network boundary: each route answers a method and a path (query ignored);
 * every call is recorded with its parsed URL and JSON body. Unknown paths answer 404 problem+json.
 */
export function mockApi(routes: Route[]) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = await request.text();
    const call: RecordedCall = { method: request.method, url: new URL(request.url), headers: request.headers, body: text ? JSON.parse(text) : undefined };
    calls.push(call);
    const route = routes.find((candidate) => candidate.method === call.method && candidate.path === call.url.pathname);
    if (!route) return json(404, { title: 'Not Found', status: 404, code: 'NOT_FOUND' });
    return json(route.status ?? 200, typeof route.body === 'function' ? (route.body as (c: RecordedCall) => unknown)(call) : route.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    callsTo: (method: string, path: string) => calls.filter((call) => call.method === method && call.url.pathname === path),
  };
}

export const page = <T,>(content: T[]) => ({ content, page: 0, size: 10, totalElements: content.length, totalPages: 1 });
