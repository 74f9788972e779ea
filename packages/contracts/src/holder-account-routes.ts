import { z } from 'zod/v4';
import { ErrorCode } from './errors';
import { id } from './routes';

/**
 * The internal routes of a certificate holder's navigator cabinet account, on organizations: its password set by
 * the registry's extract, reset by the e-mailed link (email subgraph), and checked before the holder's own new
 * extract (certificates). Each needs a service's credential.
 */

/**
 * `PUT /internal/certificate-holders/{certificateId}/password` on organizations, by certificates
 * («Сформировать новую выписку/Изменить пароль»): the navigator cabinet's new password (its hash only), its
 * sessions ended. The cabinet is created if the `certificate.issued` event has not arrived yet, which then
 * changes nothing. 204, or 400 with a refusal.
 */
export const certificateHolderPasswordRoute = {
  method: 'PUT',
  path: (certificateId: string) => `/internal/certificate-holders/${encodeURIComponent(certificateId)}/password`,
  pattern: '/internal/certificate-holders/:id/password',
  params: z.object({ id: id() }),
  request: z.object({
    number: z.string().regex(/^\d{10}$/),
    passwordHash: z.string().min(1).max(512),
    childFullName: z.string().min(1).max(400),
    municipalityId: id(),
  }),
} as const;
export type CertificateHolderPassword = z.infer<typeof certificateHolderPasswordRoute.request>;

/**
 * `PUT /internal/certificate-holders/{certificateId}/password-reset` on organizations, by email («Забыли пароль?»
 * of a certificate's cabinet, after the one-time link from the cabinet's confirmed e-mail was followed): the new
 * password typed twice, checked against the house's password rules and hashed there; every session of the cabinet
 * ended. 204; 400 with the refusal (`fields` per input) for a weak or mismatched password; 404 for no such cabinet.
 */
export const certificateHolderPasswordResetRoute = {
  method: 'PUT',
  path: (certificateId: string) => `/internal/certificate-holders/${encodeURIComponent(certificateId)}/password-reset`,
  pattern: '/internal/certificate-holders/:id/password-reset',
  params: z.object({ id: id() }),
  request: z.object({
    login: z.string().regex(/^\d{10}$/),
    newPassword: z.string().max(256),
    newPasswordRepeat: z.string().max(256),
  }),
  refusal: z.object({
    error: z.object({
      code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  }),
} as const;
export type CertificateHolderPasswordReset = z.infer<typeof certificateHolderPasswordResetRoute.request>;

/**
 * `POST /internal/certificate-holders/{certificateId}/password-check` on organizations, by certificates (the holder's
 * own new «Выписка сертификата» in «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → «Пароль»): is this the cabinet's current password?
 * Checked within the sign-in limits of the login and of the holder's own address (`clientIp`), as a sign-in is.
 * 204 yes; 403 with `INVALID_CREDENTIALS` (no, or no such cabinet) or `RATE_LIMITED`.
 */
export const certificateHolderPasswordCheckRoute = {
  method: 'POST',
  path: (certificateId: string) => `/internal/certificate-holders/${encodeURIComponent(certificateId)}/password-check`,
  pattern: '/internal/certificate-holders/:id/password-check',
  params: z.object({ id: id() }),
  request: z.object({
    login: z.string().regex(/^\d{10}$/),
    password: z.string().max(256),
    clientIp: z.string().max(100),
  }),
  refusal: z.object({
    error: z.object({
      code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      retryAfterSeconds: z.number().optional(),
    }),
  }),
} as const;
export type CertificateHolderPasswordCheck = z.infer<typeof certificateHolderPasswordCheckRoute.request>;
