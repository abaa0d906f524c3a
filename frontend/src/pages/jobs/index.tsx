import { App, Button, Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { PlayCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { JobRun } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { Folded, useCompact } from '../../components/compact';
import { formatDateTime } from '../../components/dates';
import { useErrorText } from '../../components/useErrorText';

const JOBS = ['deposit-check', 'expire-leads', 'daily-report'] as const;

/** The scheduled jobs' runs, and a "run now" for each job. */
export default function JobsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const runs = useQuery({ queryKey: queryKeys.jobs, queryFn: () => unwrap(api.GET('/api/admin/jobs')) });
  const runNow = useMutation({
    mutationFn: (job: (typeof JOBS)[number]) => unwrap(api.POST('/api/admin/jobs/{job}/run', { params: { path: { job } } })),
    onSuccess: () => {
      void message.success(t('admin.jobStarted'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.jobs });
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const compact = useCompact(); // on a phone: the job over when it started, its outcome over its counts
  const startedAt = (run: JobRun) => formatDateTime(run.startedAt);
  const counts = (run: JobRun) => (
    <Space wrap size={4}>
      {Object.entries(run.counts ?? {}).map(([name, count]) => (
        <Tag key={name}>
          {name}: {String(count)}
        </Tag>
      ))}
    </Space>
  );
  const columns: TableColumnsType<JobRun> = [
    {
      key: 'job',
      title: t('admin.job'),
      render: (_, run) => (
        <Folded folded={compact} under={startedAt(run)}>
          {t(`admin.${run.job}`, { defaultValue: run.job })}
        </Folded>
      ),
    },
    { key: 'startedAt', title: t('admin.startedAt'), responsive: ['sm'], render: (_, run) => startedAt(run) },
    { key: 'finishedAt', title: t('admin.finishedAt'), responsive: ['md'], render: (_, run) => formatDateTime(run.finishedAt) },
    {
      key: 'outcome',
      title: t('admin.outcome'),
      render: (_, run) => (
        <Folded folded={compact} under={counts(run)}>
          {run.outcome ? <Tag color={/FAIL/.test(run.outcome) ? 'red' : 'green'} title={run.error ?? undefined}>{run.outcome}</Tag> : <Tag>{t('admin.running')}</Tag>}
        </Folded>
      ),
    },
    { key: 'counts', title: t('admin.counts'), responsive: ['sm'], render: (_, run) => counts(run) },
  ];
  return (
    <Card
      title={t('admin.jobs')}
      extra={
        <Space wrap>
          {JOBS.map((job) => (
            <Button key={job} title={t('admin.runNow')} icon={<PlayCircleOutlined />} loading={runNow.isPending && runNow.variables === job} onClick={() => runNow.mutate(job)}>
              {t(`admin.${job}`)}
            </Button>
          ))}
        </Space>
      }
    >
      <QueryState query={runs}>
        {(list) => <Table<JobRun> rowKey="id" columns={columns} dataSource={list} pagination={{ pageSize: 20 }} scroll={{ x: 'max-content' }} />}
      </QueryState>
    </Card>
  );
}
