import { DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { LEAD_SOURCES, LEAD_STATUSES, type LeadSource, type LeadStatus } from '../../../api/types';

export interface LeadFilterValues {
  status?: LeadStatus;
  campaignId?: string;
  source?: LeadSource;
  from?: string;
  to?: string;
  q?: string;
}

/** Campaign, source, status, date range and free text; each change goes to the server (server-side filtering). */
export function LeadFilters({ value, onChange }: { value: LeadFilterValues; onChange: (next: LeadFilterValues) => void }) {
  const { t } = useTranslation();
  const campaigns = useQuery({
    queryKey: queryKeys.campaigns({ size: 100 }),
    queryFn: () => unwrap(api.GET('/api/campaigns', { params: { query: { page: 0, size: 100 } } })),
  });
  const set = (patch: LeadFilterValues) => onChange({ ...value, ...patch });
  return (
    <Space wrap className="filter-bar" style={{ display: 'flex', marginBottom: 16 }}>
      <Select
        aria-label={t('leads.campaign')}
        placeholder={t('leads.campaign')}
        allowClear
        style={{ minWidth: 180 }}
        value={value.campaignId}
        loading={campaigns.isPending}
        options={campaigns.data?.content.map((campaign) => ({ value: campaign.id, label: campaign.name })) ?? []}
        onChange={(campaignId?: string) => set({ campaignId })}
      />
      <Select
        aria-label={t('leads.source')}
        placeholder={t('leads.source')}
        allowClear
        style={{ minWidth: 140 }}
        value={value.source}
        options={LEAD_SOURCES.map((source) => ({ value: source, label: t(`source.${source}`) }))}
        onChange={(source?: LeadSource) => set({ source })}
      />
      <Select
        aria-label={t('leads.status')}
        placeholder={t('leads.status')}
        allowClear
        style={{ minWidth: 140 }}
        value={value.status}
        options={LEAD_STATUSES.map((status) => ({ value: status, label: t(`leadStatus.${status}`) }))}
        onChange={(status?: LeadStatus) => set({ status })}
      />
      <DatePicker.RangePicker
        aria-label={t('leads.dateRange')}
        value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
        onChange={(range) =>
          set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
      <Input.Search
        aria-label={t('leads.search')}
        placeholder={t('leads.search')}
        allowClear
        defaultValue={value.q}
        onSearch={(q) => set({ q: q || undefined })}
        style={{ width: 220 }}
      />
    </Space>
  );
}
