/** An e-mail as maildev's REST API gives it. */
export interface CaughtMail {
  subject: string;
  text: string;
  html: string;
  to: Array<{ address: string }>;
  attachments?: Array<{ filename: string; contentType: string }>;
  id: string;
}

/**
 * The message's header lines as the mail program reads them (unfolded, by lower-case name), from the raw source:
 * maildev's parsed `headers` drop the List-* ones.
 */
export async function rawHeadersOf(mailUrl: string, mail: CaughtMail): Promise<Record<string, string>> {
  const response = await fetch(`${mailUrl}/api/email/${encodeURIComponent(mail.id)}/source`);
  if (!response.ok) throw new Error(`maildev answered HTTP ${response.status}`);
  const source = await response.text();
  const head = source.slice(0, source.search(/\r?\n\r?\n/));
  const lines = head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  return Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** Waits for the e-mails to one address in the mail catcher (`GET /api/email`). */
export async function waitForMailTo(mailUrl: string, address: string, timeoutMs = 30_000): Promise<CaughtMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${mailUrl}/api/email`);
    if (!response.ok) throw new Error(`maildev answered HTTP ${response.status}`);
    const mails = ((await response.json()) as CaughtMail[]).filter((mail) =>
      mail.to.some((recipient) => recipient.address === address),
    );
    if (mails.length > 0) return mails;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** The one-time link of a confirmation e-mail, as the citizen would click it. */
export function confirmationLinkOf(mail: CaughtMail): string {
  const match = /https?:\/\/\S+\/cabinet\/confirm-email\?token=[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) throw new Error(`no confirmation link in: ${mail.text}`);
  return match[0];
}

export function uniqueEmail(who: string): string {
  return `${who}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.ru`;
}
