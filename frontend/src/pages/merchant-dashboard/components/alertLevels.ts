import type { AlertLevel } from '../../../api/types';

/** The SPEC's colour for each alert level (the gauge), and the banner type that goes with it. */
export const LEVEL_COLORS: Record<AlertLevel, string> = {
  HEALTHY: '#52c41a',
  ATTENTION: '#fadb14',
  WARNING: '#fa8c16',
  CRITICAL: '#f5222d',
  DEPLETED: '#000000',
};

export const LEVEL_BANNERS: Record<AlertLevel, 'success' | 'info' | 'warning' | 'error'> = {
  HEALTHY: 'success',
  ATTENTION: 'info',
  WARNING: 'warning',
  CRITICAL: 'error',
  DEPLETED: 'error',
};
