import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { useAuth } from './AuthContext';

export const homeOf = (role: Role): string =>
  role === 'ADMIN' ? '/admin' : role === 'MERCHANT' ? '/merchant' : '/influencer';

/** Sends visitors to the log-in page, and signed-in users of another role to their own home. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (user.role !== role) return <Navigate to={homeOf(user.role)} replace />;
  return <>{children}</>;
}
