import type { components } from './schema';

/**
 * The only file that names the generated schemas (schema.d.ts comes from `npm run api:types`, never edited):
 * when the service's document renames one, only this file changes.
 */
type Schemas = components['schemas'];
type Enum<T> = NonNullable<T>;

export type User = Schemas['UserResponse'];
export type Role = Enum<User['role']>;
export type Locale = 'fr' | 'en' | 'ar';
export type RegisterRequest = Schemas['RegisterRequest'];
export type Campaign = Schemas['Campaign'];
export type CampaignRequest = Schemas['CampaignRequest'];
export type CampaignSettings = Schemas['CampaignSettings'];
export type CampaignSettingsRequest = Schemas['SettingsRequest'];
export type Agreement = Schemas['Agreement'];
export type Balance = Schemas['DepositBalance'];
export type AlertLevel = Enum<Balance['alertLevel']>;
export type DepositTransaction = Schemas['DepositTransaction'];
export type TransactionType = Enum<DepositTransaction['type']>;
export type RechargeStarted = Schemas['RechargeStarted'];
export type AutoRechargeRule = Schemas['AutoRechargeRule'];
export type AutoRechargeRequest = Schemas['AutoRechargeRequest'];
export type Lead = Schemas['Lead'];
export type LeadStatus = Enum<Lead['status']>;
export type LeadSource = Enum<Lead['source']>;
export type RejectionReason = Enum<Lead['rejectionReason']>;
export type LeadCreateRequest = Schemas['CreateLeadRequest'];
export type BulkDecisionResult = Schemas['BulkResponse'];
export type Payment = Schemas['Payment'];
export type PaymentMethod = Enum<Payment['method']>;
export type PaymentStatus = Enum<Payment['status']>;
export type Notification = Schemas['Notification'];
export type Delivery = Schemas['Delivery'];
export type JobRun = Schemas['JobRun'];
export type StatsReport = Schemas['StatsReport'];
export type TimelineDay = Schemas['TimelineDay'];
export type TopInfluencer = Schemas['TopInfluencer'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];

export const LEAD_SOURCES: LeadSource[] = ['INSTAGRAM', 'TIKTOK', 'FACEBOOK', 'WHATSAPP', 'YOUTUBE', 'SNAPCHAT', 'WEBSITE', 'OTHER'];
export const LEAD_STATUSES: LeadStatus[] = ['PENDING', 'VALIDATED', 'REJECTED', 'EXPIRED'];
export const REJECTION_REASONS: RejectionReason[] = ['NOT_REACHABLE', 'NOT_INTERESTED', 'FAKE', 'DUPLICATE', 'OUT_OF_AREA', 'OTHER'];
