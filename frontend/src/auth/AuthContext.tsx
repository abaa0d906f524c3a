import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import i18n, { isLocale } from '../i18n';
import { api, unwrap } from '../api/client';
import type { Locale, User } from '../api/types';
import { onSessionChange, readSession, writeSession, type Session } from './session';

interface Auth {
  user: User | null;
  token: string | null;
  logIn: (email: string, password: string) => Promise<User>;
  logOut: () => void;
  changeLanguage: (locale: Locale) => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readSession);
  const queryClient = useQueryClient();

  // Another user's session (a log-in in another tab) must not see, nor refetch with its token, the previous one's data.
  const userId = useRef(session?.user.id);
  useEffect(
    () =>
      onSessionChange((next) => {
        if (next?.user.id !== userId.current) queryClient.clear();
        userId.current = next?.user.id;
        setSession(next);
      }),
    [queryClient],
  );

  const logIn = useCallback(async (email: string, password: string) => {
    const response = await unwrap(api.POST('/api/auth/login', { body: { email, password } }));
    writeSession({ accessToken: response.accessToken, user: response.user });
    if (isLocale(response.user.locale)) await i18n.changeLanguage(response.user.locale);
    return response.user;
  }, []);

  const logOut = useCallback(() => {
    writeSession(null);
    queryClient.clear();
  }, [queryClient]);

  /** The language is remembered in this browser and, when signed in, on the user's profile. */
  const changeLanguage = useCallback(async (locale: Locale) => {
    await i18n.changeLanguage(locale);
    const current = readSession();
    if (!current) return;
    writeSession({ ...current, user: { ...current.user, locale } });
    await unwrap(api.PUT('/api/auth/me/locale', { body: { locale } }));
  }, []);

  const value = useMemo<Auth>(
    () => ({ user: session?.user ?? null, token: session?.accessToken ?? null, logIn, logOut, changeLanguage }),
    [session, logIn, logOut, changeLanguage],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
