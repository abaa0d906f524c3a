import type { Agreement, Balance, Campaign, Lead } from '../api/types';

export const MERCHANT_ID = '00000000-0000-0000-0000-00000000000a';

export function balance(overrides: Partial<Balance> = {}): Balance {
  return {
    depositId: '00000000-0000-0000-0000-0000000000d1',
    merchantId: MERCHANT_ID,
    merchantName: 'Clinique Atlas',
    campaignId: null,
    campaignName: null,
    balance: '1000.00',
    reserved: '0.00',
    available: '1000.00',
    referenceAmount: '1000.00',
    percentage: '100.00',
    alertLevel: 'HEALTHY',
    blocked: false,
    updatedAt: '2026-11-23T10:00:00Z',
    ...overrides,
  };
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: '00000000-0000-0000-0000-0000000000c1',
    merchantId: MERCHANT_ID,
    merchantName: 'Clinique Atlas',
    name: 'Blanchiment dentaire',
    description: null,
    city: 'Casablanca',
    status: 'ACTIVE',
    settings: {
      commissionThreshold: '800.00',
      commissionRate: '10.00',
      commissionFlat: '80.00',
      expiryHours: 72,
      onExpiry: 'EXPIRE',
      capPerInfluencerPerDay: null,
      capTotal: null,
      requiresAgreement: true,
      duplicateWindowDays: 30,
      minServiceValue: null,
    },
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: '00000000-0000-0000-0000-0000000000a1',
    merchantId: MERCHANT_ID,
    merchantName: 'Clinique Atlas',
    influencerId: '00000000-0000-0000-0000-0000000000f1',
    influencerName: 'Salma',
    campaignId: null,
    campaignName: null,
    terms: 'Terms',
    commissionOverride: null,
    validFrom: '2026-01-01',
    validTo: '2099-12-31',
    status: 'SIGNED',
    signedAt: '2026-01-02T10:00:00Z',
    termsSha256: 'abc',
    createdAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

export function lead(id: string, overrides: Partial<Lead> = {}): Lead {
  return {
    id,
    campaignId: '00000000-0000-0000-0000-0000000000c1',
    campaignName: 'Blanchiment dentaire',
    merchantId: MERCHANT_ID,
    influencerId: '00000000-0000-0000-0000-0000000000f1',
    influencerName: 'Salma',
    depositId: '00000000-0000-0000-0000-0000000000d1',
    customerName: `Client ${id.slice(-2)}`,
    customerPhone: '+212612345678',
    customerEmail: null,
    city: 'Casablanca',
    serviceValue: '500.00',
    commission: '50.00',
    source: 'INSTAGRAM',
    notes: null,
    status: 'PENDING',
    createdAt: '2026-11-23T10:00:00Z',
    expiresAt: new Date(Date.now() + 30 * 3600_000).toISOString(),
    decidedAt: null,
    rejectionReason: null,
    rejectionComment: null,
    ...overrides,
  };
}
