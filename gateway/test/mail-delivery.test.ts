import { randomUUID } from 'node:crypto';
import {
  arrangeChild,
  closeTestDatabase,
  eventually,
  messageIdOf,
  signIn,
  testDatabase,
  uniqueEmail,
  waitForMailTo,
} from '@pfdo/testing';
import { addBirthCertificate, SUBMIT } from './citizen-flow.support';

/** The e-mail subgraph's relay against the real mail catcher: what makes a mail detectable, and dead. */
afterAll(async () => {
  await closeTestDatabase();
});

describe('an e-mail of the outbox', () => {
  it('carries its outbox event id as its Message-ID, so that a duplicate could be told apart', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    await addBirthCertificate(parent, child.id);
    const email = uniqueEmail();
    await parent.data(SUBMIT, { childId: child.id, email });

    const [mail] = await waitForMailTo(email);
    const { rows } = await testDatabase().query(
      `SELECT id FROM email.outbox WHERE topic = 'smtp.send' AND payload->>'to' = $1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(messageIdOf(mail)).toBe(`<${rows[0].id}@pfdo.local>`);
  });

  it('refused for good (no recipient) is marked dead and not retried', async () => {
    const id = randomUUID();
    await testDatabase().query(`INSERT INTO email.outbox (id, topic, payload) VALUES ($1, 'smtp.send', $2)`, [
      id,
      { to: '', subject: 'Без адресата', text: 'Текст', html: '<p>Текст</p>' },
    ]);
    const dead = await eventually(
      async () => (await testDatabase().query(`SELECT * FROM email.outbox WHERE id = $1`, [id])).rows[0],
      (row) => row.failed_at !== null,
      15_000,
    );
    expect(dead).toMatchObject({ attempts: 1, delivered_at: null, claimed_by: null });
    expect(dead.last_error).toMatch(/No recipients defined/);

    // The test stack retries within 2 s at most: a mail that was still retried would have been by now.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const later = (await testDatabase().query(`SELECT attempts, failed_at FROM email.outbox WHERE id = $1`, [id]))
      .rows[0];
    expect(later).toEqual({ attempts: 1, failed_at: dead.failed_at });
  }, 30_000);
});
