import { DEV_SMTP_URL, EnvReader } from '@pfdo/platform';

export interface EmailConfig {
  smtpUrl: string;
  mailFrom: string;
  /** The web app, for the links in the e-mails. */
  webUrl: string;
  certificatesUrl: string;
  confirmationTtlHours: number;
  resendIntervalSeconds: number;
  resendsPerDay: number;
}

export function readEmailConfig(reader: EnvReader): EmailConfig {
  return {
    smtpUrl: reader.url('SMTP_URL', ['smtp', 'smtps'], reader.production ? undefined : DEV_SMTP_URL),
    mailFrom: reader.string('MAIL_FROM', '"ПФДО Кемеровской области" <noreply@pfdo42.ru>'),
    webUrl: reader.url('WEB_URL', ['http', 'https'], 'http://localhost:3000'),
    certificatesUrl: reader.url('CERTIFICATES_URL', ['http', 'https'], 'http://localhost:4001/graphql'),
    confirmationTtlHours: reader.positiveInteger('EMAIL_CONFIRMATION_TTL_HOURS', 72),
    resendIntervalSeconds: reader.positiveInteger('EMAIL_RESEND_INTERVAL_SECONDS', 60),
    resendsPerDay: reader.positiveInteger('EMAIL_RESENDS_PER_DAY', 5),
  };
}
