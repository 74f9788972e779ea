import { Client } from 'pg';
import type { RushCitizen } from './rush-citizens';

/** What the September rush (rush.ts) reads of the mail catcher and the database once a phase has run. */

/** Every e-mail the mail catcher has received since the watcher started reading it, by recipient. */
export class MailWatcher {
  private seen = 0;
  readonly received = new Map<string, { time: number; text: string }>();

  constructor(private readonly mailWebUrl: string) {}

  /** Reads the e-mails that arrived since the last read (maildev lists them in arrival order). */
  async poll(): Promise<void> {
    const response = await fetch(`${this.mailWebUrl}/api/email?skip=${this.seen}`);
    if (!response.ok) throw new Error(`maildev answered HTTP ${response.status}`);
    const mails = (await response.json()) as Array<{ time: string; text?: string; to: Array<{ address: string }> }>;
    this.seen += mails.length;
    for (const mail of mails) {
      for (const recipient of mail.to) {
        if (!this.received.has(recipient.address))
          this.received.set(recipient.address, { time: Date.parse(mail.time), text: mail.text ?? '' });
      }
    }
  }
}

/** The applications the citizens' requests wrote, with the address each e-mail goes to. */
export async function applicationsOf(
  databaseUrl: string,
  citizens: RushCitizen[],
): Promise<Array<{ email: string; number: string }>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string; number: string }>(
      `SELECT applicant_email AS email, number FROM certificates.applications WHERE child_id = ANY($1::uuid[])`,
      [citizens.map((citizen) => citizen.childId)],
    );
    return rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Events the certificates and e-mail subgraphs still have to deliver (dead ones left out: never retried). */
export async function undeliveredEvents(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT (SELECT count(*) FROM certificates.outbox WHERE delivered_at IS NULL AND failed_at IS NULL)
            + (SELECT count(*) FROM email.outbox WHERE delivered_at IS NULL AND failed_at IS NULL) AS count`,
    );
    return Number(rows[0].count);
  } finally {
    await client.end().catch(() => undefined);
  }
}
