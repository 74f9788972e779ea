import { SMTP_SWITCH_CONTROL_PORT, TEST_PORTS } from './ports';

export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: Array<{ address: string }>;
  date: string;
  /** Header names in lower case, e.g. `message-id`. */
  headers: Record<string, string | string[]>;
  /** The catcher names each attachment's stored file itself (`generatedFileName`). */
  attachments?: Array<{ filename: string; generatedFileName?: string; contentType: string }>;
}

/** The Message-ID header of a caught e-mail: `<outbox event id@pfdo.local>` for the e-mail subgraph's. */
export function messageIdOf(mail: CaughtMail): string | undefined {
  const value = mail.headers?.['message-id'];
  return Array.isArray(value) ? value[0] : value;
}

const MAILDEV = `http://127.0.0.1:${TEST_PORTS.mailWeb}`;

/** Every e-mail the mail catcher (the test stack's, or the one at `mailWebUrl`) has received, oldest first. */
export async function caughtMail(mailWebUrl = MAILDEV): Promise<CaughtMail[]> {
  const response = await fetch(`${mailWebUrl}/api/email`);
  if (!response.ok) throw new Error(`maildev answered HTTP ${response.status}`);
  return (await response.json()) as CaughtMail[];
}

/** The e-mails to one address. */
export async function mailTo(address: string): Promise<CaughtMail[]> {
  return (await caughtMail()).filter((mail) => mail.to.some((recipient) => recipient.address === address));
}

/** Waits until `count` e-mails to `address` have arrived, and returns them. */
export async function waitForMailTo(address: string, count = 1, timeoutMs = 20_000): Promise<CaughtMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailTo(address);
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) throw new Error(`expected ${count} e-mail(s) to ${address}, got ${mails.length}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** An attachment of a caught e-mail, as the mail catcher keeps it. */
export async function attachmentOf(mail: CaughtMail, filename: string, mailWebUrl = MAILDEV): Promise<Buffer> {
  const attachment = mail.attachments?.find((candidate) => candidate.filename === filename);
  if (!attachment) throw new Error(`the e-mail «${mail.subject}» has no attachment ${filename}`);
  const stored = attachment.generatedFileName ?? filename;
  const response = await fetch(
    `${mailWebUrl}/api/email/${encodeURIComponent(mail.id)}/attachment/${encodeURIComponent(stored)}`,
  );
  if (!response.ok) throw new Error(`maildev answered HTTP ${response.status} for the attachment ${filename}`);
  return Buffer.from(await response.arrayBuffer());
}

/** The one-time link's token in a confirmation e-mail. */
export function confirmationTokenOf(mail: CaughtMail): string {
  const match = /confirm-email\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no confirmation link in: ${mail.text}`);
  return match[1];
}

/** Cuts the services off from the SMTP server (connection refused), or reconnects them. */
export async function setSmtp(state: 'up' | 'down'): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${SMTP_SWITCH_CONTROL_PORT}/${state}`, { method: 'POST' });
  if (!response.ok) throw new Error(`SMTP switch answered HTTP ${response.status}`);
}
