import {
  canReadMunicipalRecord,
  IRule,
  IRules,
  isAnyone,
  isAuthenticated,
  isCitizen,
  hasRole,
  or,
  parentRule,
} from '@pfdo/platform';

/** The caller asked for the parent object (it carries `requestedByUserId`): an e-mail confirmation. */
const isRequester: IRule = parentRule<{ requestedByUserId?: string | null }>(
  'isRequester',
  ['requestedByUserId'],
  (parent, context) =>
    !!context.identity && !!parent.requestedByUserId && parent.requestedByUserId === context.identity.userId,
);

const isCertificateHolder: IRule = hasRole('CERTIFICATE_HOLDER');

/**
 * An applicant's e-mail is personal data: the applicant and the operators of the application's
 * municipality read it. The link in the e-mail works without signing in, and so does the status e-mail's
 * «Отписаться»; «Настройка уведомлений» is the citizen's own. Everything not listed is denied.
 */
export const permissions: IRules = {
  Mutation: {
    confirmEmail: isAnyone,
    resendConfirmationEmail: isCitizen,
    updateNotificationSettings: isCitizen,
    // The e-mail's «Отписаться»: the signed token is the credential (notifications/unsubscribe-token.ts).
    unsubscribe: isAnyone,
    // «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → «Электронная почта» of a certificate's cabinet: the holder, signed in.
    requestHolderEmailChange: isCertificateHolder,
    confirmHolderEmail: isCertificateHolder,
    // «Забыли пароль?»: the e-mailed one-time link is the credential; the answer tells nothing of the account.
    requestHolderPasswordReset: isAnyone,
    resetHolderPassword: isAnyone,
  },
  Query: {
    notificationSettings: isCitizen,
    myHolderEmail: isCertificateHolder,
  },
  NotificationSetting: isCitizen,
  UnsubscribeResult: isAnyone,
  HolderEmail: isCertificateHolder,
  EmailConfirmationResult: isAnyone,
  EmailConfirmation: or(isRequester, canReadMunicipalRecord),
  Application: {
    id: isAnyone,
    emailConfirmation: isAuthenticated,
  },
};
