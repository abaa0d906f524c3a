import type { User } from '../api/types';

/** The signed-in user's token and profile, kept in localStorage so that a reload keeps the session. */
export interface Session {
  accessToken: string;
  user: User;
}

const KEY = 'leads.session';
type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener(session));
}

/**
 * Listens to this tab's log-ins and log-outs and to those of the app's other tabs: they share the token in
 * localStorage, so a tab that kept the user it started with would send another user's token on that user's behalf
 * (an influencer's home asking for its KPIs with a merchant's token gets 404).
 */
export function onSessionChange(listener: Listener): () => void {
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener(readSession());
  };
  listeners.add(listener);
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

export const currentToken = (): string | null => readSession()?.accessToken ?? null;
