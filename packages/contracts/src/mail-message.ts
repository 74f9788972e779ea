import { z } from 'zod/v4';
import { address, text } from './fields';

/** email → the SMTP server: one e-mail as the outbox keeps it until it is sent. */
export const mailMessage = z.strictObject({
  to: address(),
  subject: text(500),
  text: z.string().min(1),
  html: z.string().min(1),
  attachments: z
    .array(
      z.strictObject({
        filename: text(255),
        contentType: text(255),
        content: z.base64(),
      }),
    )
    .optional(),
  /**
   * One-click unsubscribe (RFC 8058): the address the mail program POSTs `List-Unsubscribe=One-Click` to,
   * sent as the `List-Unsubscribe` header with `List-Unsubscribe-Post`. Only e-mails a user may turn off.
   */
  oneClickUnsubscribe: z.url({ protocol: /^https?$/ }).optional(),
});

export type MailMessage = z.infer<typeof mailMessage>;
export type MailAttachment = NonNullable<MailMessage['attachments']>[number];
