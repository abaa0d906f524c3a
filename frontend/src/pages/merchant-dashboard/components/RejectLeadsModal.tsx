import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { REJECTION_REASONS, type RejectionReason } from '../../../api/types';

export interface RejectValues {
  reason: RejectionReason;
  comment?: string;
}

/** Asks for the rejection reason (required) and an optional comment. */
export function RejectLeadsModal({
  count,
  open,
  submitting,
  onCancel,
  onReject,
}: {
  count: number;
  open: boolean;
  submitting: boolean;
  onCancel: () => void;
  onReject: (values: RejectValues) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RejectValues>();
  return (
    <Modal
      open={open}
      title={t('leads.rejectTitle', { count })}
      okText={t('common.reject')}
      okButtonProps={{ danger: true }}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form<RejectValues> form={form} layout="vertical" onFinish={onReject} preserve={false}>
        <Form.Item name="reason" label={t('leads.reason')} rules={[{ required: true, message: t('leads.reasonRequired') }]}>
          <Select options={REJECTION_REASONS.map((reason) => ({ value: reason, label: t(`reason.${reason}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('leads.comment')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
