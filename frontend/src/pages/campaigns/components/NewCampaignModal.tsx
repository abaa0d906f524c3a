import { Alert, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { CampaignRequest } from '../../../api/types';
import { useErrorText } from '../../../components/useErrorText';

type CampaignValues = CampaignRequest;

/** Creates a campaign; it starts ACTIVE with the default settings, edited afterwards in the settings drawer. */
export function NewCampaignModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CampaignValues>();
  const create = useMutation({
    mutationFn: (values: CampaignValues) => unwrap(api.POST('/api/campaigns', { body: values })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.campaignsRoot });
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal open={open} title={t('campaigns.create')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={create.isPending} okText={t('common.save')}>
      {create.isError && <Alert type="error" showIcon message={errorText(create.error)} style={{ marginBottom: 16 }} />}
      <Form<CampaignValues> form={form} layout="vertical" onFinish={(values) => create.mutate(values)}>
        <Form.Item name="name" label={t('campaigns.name')} rules={[{ required: true }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="city" label={t('campaigns.city')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('campaigns.description')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
