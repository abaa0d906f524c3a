import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import type { Locale, RegisterRequest } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { homeOf } from '../../auth/RequireRole';
import { AuthFrame } from '../../components/AuthFrame';
import { useErrorText } from '../../components/useErrorText';
import { toE164 } from '../../lib/phone';

type SignUpValues = Omit<RegisterRequest, 'locale'>;

export default function SignUpPage() {
  const { t, i18n } = useTranslation();
  const { logIn } = useAuth();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [form] = Form.useForm<SignUpValues>();
  const role = Form.useWatch('role', form) ?? 'MERCHANT';
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: SignUpValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const phone = values.phone ? (toE164(values.phone) ?? values.phone) : undefined;
      await unwrap(api.POST('/api/auth/register', { body: { ...values, phone, locale: i18n.language as Locale } }));
      const user = await logIn(values.email, values.password);
      await navigate(homeOf(user.role), { replace: true });
    } catch (failure) {
      if (failure instanceof ApiError && failure.fieldErrors.length > 0) {
        form.setFields(failure.fieldErrors.map((field) => ({ name: field.field as keyof SignUpValues, errors: [field.message] })));
      }
      setError(errorText(failure));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthFrame>
      <Card>
        <Typography.Title level={2}>{t('auth.signupTitle')}</Typography.Title>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<SignUpValues>
          form={form}
          layout="vertical"
          initialValues={{ role: 'MERCHANT' }}
          onFinish={(values) => void submit(values)}
          requiredMark={false}
        >
          <Form.Item name="role" label={t('auth.role')}>
            <Radio.Group optionType="button" buttonStyle="solid">
              <Radio.Button value="MERCHANT">{t('auth.MERCHANT')}</Radio.Button>
              <Radio.Button value="INFLUENCER">{t('auth.INFLUENCER')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="displayName" label={t('auth.displayName')} rules={[{ required: true }]}>
            <Input autoComplete="name" />
          </Form.Item>
          {role === 'MERCHANT' && (
            <Form.Item name="companyName" label={t('auth.companyName')} rules={[{ required: true }]}>
              <Input autoComplete="organization" />
            </Form.Item>
          )}
          <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, type: 'email' }]}>
            <Input autoComplete="email" inputMode="email" dir="ltr" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('auth.phone')}
            rules={[
              { required: true },
              { validator: (_, value: string) => (!value || toE164(value) ? Promise.resolve() : Promise.reject(new Error(t('leadForm.phoneInvalid')))) },
            ]}
          >
            <Input autoComplete="tel" inputMode="tel" dir="ltr" placeholder="0612345678" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} extra={t('auth.passwordRule')} rules={[{ required: true, min: 8 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('auth.signup')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('auth.haveAccount')} <Link to="/login">{t('auth.login')}</Link>
        </Typography.Paragraph>
      </Card>
    </AuthFrame>
  );
}
