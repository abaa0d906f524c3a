import createClient from 'openapi-fetch';
import type { paths } from './schema';
import type { FieldError, Problem } from './types';
import { currentToken, writeSession } from '../auth/session';

const STATUS_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'TOO_MANY_ATTEMPTS',
};

/** A problem+json answer as an exception: `code` is the contract's error code, `fieldErrors` the per-field ones. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];

  constructor(status: number, problem: Partial<Problem>) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? STATUS_CODES[status] ?? (status >= 500 ? 'SERVER_ERROR' : 'HTTP_ERROR');
    this.fieldErrors = problem.errors ?? [];
  }
}

function asProblem(body: unknown): Partial<Problem> {
  return body !== null && typeof body === 'object' ? body : {};
}

export function apiBaseUrl(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

export function authHeaders(): Record<string, string> {
  const token = currentToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** The typed client; `fetch` is looked up on each call so that tests can stub the network. */
export const api = createClient<paths>({
  baseUrl: apiBaseUrl(),
  fetch: (request) => globalThis.fetch(request),
});

api.use({
  onRequest({ request }) {
    const token = currentToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && request.headers.has('Authorization')) writeSession(null);
    return response;
  },
});

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves to the body of a successful answer, or throws an ApiError built from its problem+json. */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) throw new ApiError(response.status, asProblem(error));
  return data as T;
}

/** Downloads a file that needs the bearer token (CSV export, PDF receipt): fetch → blob → temporary link. */
export async function downloadWithToken(path: string, query: Record<string, string | undefined>, fileName: string): Promise<void> {
  const url = new URL(path, apiBaseUrl());
  Object.entries(query).forEach(([key, value]) => {
    if (value !== undefined && value !== '') url.searchParams.set(key, value);
  });
  const response = await globalThis.fetch(url, { headers: authHeaders() });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, asProblem(body));
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
