import { Grid, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TimelineDay } from '../../../api/types';

type Point = TimelineDay;
// The drawing's own width: about the screen's, so that its 11px labels stay 11px (a phone gets a narrower one).
const WIDE = 1200;
const NARROW = 400;
const HEIGHT = 260;
const PADDING = { top: 12, bottom: 28, left: 32, right: 8 };
const SERIES = [
  { key: 'totalLeads', label: 'admin.submitted', color: '#1f5fbf' },
  { key: 'validatedLeads', label: 'admin.validated', color: '#52c41a' },
] as const;

/** Leads submitted and validated per day, as paired bars in plain SVG. */
export function LeadTimelineChart({ points }: { points: Point[] }) {
  const { t } = useTranslation();
  const { md } = Grid.useBreakpoint();
  const width = md === false ? NARROW : WIDE;
  const max = Math.max(1, ...points.map((point) => point.totalLeads));
  const plotWidth = width - PADDING.left - PADDING.right;
  const plotHeight = HEIGHT - PADDING.top - PADDING.bottom;
  const slot = plotWidth / Math.max(points.length, 1);
  const barWidth = Math.max(2, (slot * 0.8) / SERIES.length);
  const labelEvery = Math.ceil(points.length / (width === NARROW ? 4 : 10));
  const y = (value: number) => PADDING.top + plotHeight - (value / max) * plotHeight;
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" role="img" aria-label={t('admin.timeline')} className="bar-chart" direction="ltr">
        <line x1={PADDING.left} x2={width - PADDING.right} y1={y(0)} y2={y(0)} stroke="#d9d9d9" />
        <text x={PADDING.left - 6} y={y(max) + 4} textAnchor="end">{max}</text>
        <text x={PADDING.left - 6} y={y(0)} textAnchor="end">0</text>
        {points.map((point, index) => (
          <g key={point.day}>
            {SERIES.map((series, s) => (
              <rect
                key={series.key}
                x={PADDING.left + index * slot + slot * 0.1 + s * barWidth}
                y={y(point[series.key])}
                width={barWidth}
                height={y(0) - y(point[series.key])}
                fill={series.color}
              >
                <title>{`${dayjs(point.day).format('DD/MM')} — ${t(series.label)}: ${point[series.key]}`}</title>
              </rect>
            ))}
            {index % labelEvery === 0 && (
              <text x={PADDING.left + index * slot + slot / 2} y={HEIGHT - 8} textAnchor="middle">
                {dayjs(point.day).format('DD/MM')}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <Space>
          {SERIES.map((series) => (
            <Tag key={series.key} color={series.color}>
              {t(series.label)}
            </Tag>
          ))}
        </Space>
      </figcaption>
    </figure>
  );
}
