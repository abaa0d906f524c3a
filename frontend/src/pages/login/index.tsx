import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { homeOf } from '../../auth/RequireRole';
import { useErrorText } from '../../components/useErrorText';
import { AuthFrame } from '../../components/AuthFrame';

interface Credentials {
  email: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { user, logIn } = useAuth();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (user) return <Navigate to={homeOf(user.role)} replace />;

  const submit = async ({ email, password }: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      const signedIn = await logIn(email, password);
      await navigate(homeOf(signedIn.role), { replace: true });
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthFrame>
      <Card>
        <Typography.Title level={2}>{t('auth.loginTitle')}</Typography.Title>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, type: 'email' }]}>
            <Input autoComplete="email" inputMode="email" dir="ltr" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('auth.login')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('auth.noAccount')} <Link to="/signup">{t('auth.signup')}</Link>
        </Typography.Paragraph>
      </Card>
    </AuthFrame>
  );
}
