import { DEV_SMTP_URL, EnvReader } from '@pfdo/platform';
import { serviceUrl, urlVariableOf } from '@pfdo/platform/services';

export interface EmailConfig {
  smtpUrl: string;
  mailFrom: string;
  /** The web app, for the links in the e-mails. */
  webUrl: string;
  certificatesUrl: string;
  /** The organizations subgraph: a certificate cabinet's new password after «Забыли пароль?». */
  organizationsUrl: string;
  confirmationTtlHours: number;
  resendIntervalSeconds: number;
  resendsPerDay: number;
}

export function readEmailConfig(reader: EnvReader): EmailConfig {
  return {
    smtpUrl: reader.url('SMTP_URL', ['smtp', 'smtps'], reader.production ? undefined : DEV_SMTP_URL),
    mailFrom: reader.string('MAIL_FROM', '"ПФДО Кемеровской области" <noreply@pfdo42.ru>'),
    webUrl: reader.url(urlVariableOf('web'), ['http', 'https'], serviceUrl('web')),
    certificatesUrl: reader.url(urlVariableOf('certificates'), ['http', 'https'], serviceUrl('certificates')),
    organizationsUrl: reader.url(urlVariableOf('organizations'), ['http', 'https'], serviceUrl('organizations')),
    confirmationTtlHours: reader.positiveInteger('EMAIL_CONFIRMATION_TTL_HOURS', 72),
    resendIntervalSeconds: reader.positiveInteger('EMAIL_RESEND_INTERVAL_SECONDS', 60),
    resendsPerDay: reader.positiveInteger('EMAIL_RESENDS_PER_DAY', 5),
  };
}
