import { randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import { Pool } from 'pg';
import { freePort, ManagedProcess, startNodeProcess, waitUntilHealthy } from '@pfdo/devstack/processes';
import { CREDENTIAL_HEADER, DemoMunicipality, DemoOrganization, hashPassword, mintCredential } from '@pfdo/platform';
import { SERVICES, serviceUrl, SUBGRAPH_NAMES } from '@pfdo/platform/services';
import { GatewayClient, signIn } from '@pfdo/testing';
import { PrivateStack } from './private-stack.support';

/**
 * Arrangements of the contract schedule's tests (issue 12 part D1), on a stack of their own: the navigator's
 * clock is a test clock there (NAVIGATOR_CLOCK), which these tests move — on the shared stack that would move
 * every other test's «now».
 */
export class ScheduleStack {
  /** The navigators' ports: the stack's, and a second process's once `startSecondNavigator` has run. */
  readonly navigatorPorts: number[];
  private second: ManagedProcess | null = null;

  constructor(
    readonly stack: PrivateStack,
    private readonly env: Record<string, string>,
  ) {
    this.navigatorPorts = [stack.ports.navigator];
  }

  /**
   * A second navigator process on the same database, as a deployment with two would run: its own pg-boss workers
   * and its own test clock (set by `setClock` with the first's). Stopped by `stop`.
   */
  async startSecondNavigator(): Promise<number> {
    const port = await freePort();
    const ports = this.stack.ports;
    this.second = startNodeProcess(
      'navigator-2',
      path.resolve(__dirname, '../../subgraphs/navigator/dist/main.js'),
      [],
      {
        cwd: path.resolve(__dirname, '../..'),
        env: {
          ...process.env,
          ...this.env,
          DATABASE_URL: this.stack.postgres.url,
          GATEWAY_SECRET: this.stack.gatewaySecret,
          BIND_HOST: '127.0.0.1',
          ...Object.fromEntries(
            SUBGRAPH_NAMES.map((name) => [SERVICES[name].urlVariable!, serviceUrl(name, ports[name], '127.0.0.1')]),
          ),
          [SERVICES.navigator.portVariable]: String(port),
        },
        sink: (service, line) => this.stack.log.push({ at: Date.now(), service, line }),
      },
    );
    await waitUntilHealthy(`http://127.0.0.1:${port}/health`, this.second);
    this.navigatorPorts.push(port);
    return port;
  }

  async stop(): Promise<void> {
    await this.second?.stop();
    await this.stack.stop();
  }

  get db(): Pool {
    return this.stack.db;
  }

  private async internal(
    method: 'PUT' | 'POST',
    route: string,
    body?: unknown,
    port = this.stack.ports.navigator,
  ): Promise<Response> {
    const credential = await mintCredential(
      { identity: null, clientIp: '127.0.0.1', requestId: randomUUID(), sessionId: null, service: 'test' },
      this.stack.gatewaySecret,
    );
    return fetch(`http://127.0.0.1:${port}${route}`, {
      method,
      headers: { [CREDENTIAL_HEADER]: credential, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** Moves every navigator's clock to `moment` (ISO 8601). */
  async setClock(moment: string): Promise<void> {
    for (const port of this.navigatorPorts) {
      const response = await this.internal('PUT', '/internal/test-clock', { now: moment }, port);
      if (response.status !== 200) throw new Error(`the test clock answered ${response.status}`);
    }
  }

  /**
   * Runs the schedule's sweep now: a pg-boss job, as the cron sends it, answered once a worker (of any navigator
   * process) has run it. Sent through the navigator on `port`.
   */
  async sweep(port = this.stack.ports.navigator): Promise<void> {
    const response = await this.internal('POST', '/internal/test-clock/sweep', undefined, port);
    if (response.status !== 204) throw new Error(`the sweep answered ${response.status}: ${await response.text()}`);
  }

  signIn(login: string, password?: string): Promise<GatewayClient> {
    return signIn(login, password, { gatewayUrl: this.stack.gatewayUrl });
  }

  /** A municipality of the test's own with a group setting (nominal in kopecks). */
  async arrangeMunicipality(nominalKopecks: number, budget = 1) {
    const arrangement = { municipalityId: randomUUID(), groupName: `Расписание-тест ${randomInt(1e9)}` };
    await this.db.query(
      `INSERT INTO navigator.group_settings (id, municipality_id, name, nominal_kopecks, min_age, max_age,
         significant_programs, general_programs, pre_professional_programs, municipality_limit_kopecks)
       VALUES ($1, $2, $3, $4, 5, 18, $5, $5, 0, 100000000000)`,
      [randomUUID(), arrangement.municipalityId, arrangement.groupName, nominalKopecks, budget],
    );
    return arrangement;
  }

  /** A holder the navigator knows, activated, with a cabinet account (password demo2026), signed in. */
  async arrangeHolder(arrangement: { municipalityId: string; groupName: string }) {
    const id = randomUUID();
    const number = String(randomInt(1e9, 1e10 - 1));
    await this.db.query(
      `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
       VALUES ($1, $2, $3, 'Тестовый Ребёнок', 'CERTIFICATE_HOLDER', $4)`,
      [id, number, await hashPassword('demo2026'), DemoMunicipality.novokuznetsk],
    );
    await this.db.query(
      `INSERT INTO navigator.registered_certificates (certificate_id, number, status, municipality_id, group_id, group_name)
       VALUES ($1, $2, 'ACTIVATED', $3, $4, $5)`,
      [id, number, arrangement.municipalityId, randomUUID(), arrangement.groupName],
    );
    return { id, number, client: await this.signIn(number, 'demo2026') };
  }

  /** A program of the demo provider («Кузнецкий лёд») with the groups given (days YYYY-MM-DD). */
  async arrangeProgram(
    registry: 'CERTIFIED' | 'SIGNIFICANT' | 'PAID',
    priceKopecks: number | null,
    groups: Array<{ startsOn: string; endsOn: string; places?: number }>,
  ) {
    const programId = randomUUID();
    const title = `Программа расписания ${randomInt(1e9)}`;
    await this.db.query(
      `INSERT INTO navigator.programs (id, organization_id, municipality_id, title, registry, age_from, age_to, price_kopecks)
       SELECT $1, $2, municipality_id, $3, $4, 5, 18, $5 FROM navigator.provider_cards WHERE organization_id = $2`,
      [programId, DemoOrganization.sportSchool, title, registry, priceKopecks],
    );
    const groupIds: string[] = [];
    for (const [index, group] of groups.entries()) {
      const groupId = randomUUID();
      await this.db.query(
        `INSERT INTO navigator.program_groups (id, program_id, name, starts_on, ends_on, places_total)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [groupId, programId, `Группа ${index + 1}`, group.startsOn, group.endsOn, group.places ?? 10],
      );
      groupIds.push(groupId);
    }
    return { programId, title, groupIds };
  }

  /** A provider account of another organization (the Кемерово technopark), signed in. */
  async arrangeOtherProvider(): Promise<GatewayClient> {
    const login = `provider-${randomUUID()}@example.ru`;
    await this.db.query(
      `INSERT INTO organizations.users (id, login, password_hash, full_name, role, organization_id, municipality_id)
       SELECT $1, $2, $3, 'Другой поставщик', 'PROVIDER', id, municipality_id FROM organizations.organizations WHERE id = $4`,
      [randomUUID(), login, await hashPassword('demo2026'), DemoOrganization.technopark],
    );
    return this.signIn(login, 'demo2026');
  }

  async placesTaken(groupId: string): Promise<number> {
    return (await this.db.query(`SELECT places_taken FROM navigator.program_groups WHERE id = $1`, [groupId])).rows[0]
      .places_taken;
  }

  /** The audit of a contract: action, actor's role and service, status after. */
  async audit(contractId: string) {
    return (
      await this.db.query(
        `SELECT action, actor_role, actor_service, after->>'status' AS status FROM navigator.audit_events
          WHERE subject_id = $1 ORDER BY id`,
        [contractId],
      )
    ).rows as Array<{ action: string; actor_role: string | null; actor_service: string | null; status: string }>;
  }

  /** The holder's feed, oldest first: kind and text of the notifications about contract `number`. */
  async feed(certificateId: string, number: string) {
    return (
      await this.db.query(
        `SELECT kind FROM navigator.certificate_notifications
          WHERE certificate_id = $1 AND details->>'number' = $2 ORDER BY id`,
        [certificateId, number],
      )
    ).rows.map((row: { kind: string }) => row.kind);
  }
}

export const CONTRACT = `id number status tab allowedActions reservedKopecks costKopecks financialYear months startsOn
  endsOn acceptsOn prolongedFromId cancellationReason group { id name }`;
export const CREATE = `mutation ($groupId: ID!) { createEnrollmentRequest(groupId: $groupId) { ${CONTRACT} } }`;
export const CONFIRM = `mutation ($id: ID!) { confirmEnrollmentRequest(id: $id) { ${CONTRACT} } }`;
export const PROLONG = `mutation ($id: ID!) { prolongContract(id: $id) { ${CONTRACT} } }`;
export const ACCEPT = `mutation ($id: ID!) { acceptProlongation(id: $id) { ${CONTRACT} } }`;
export const REFUSE_PROLONGATION = `mutation ($id: ID!, $reason: String) { refuseProlongation(id: $id, reason: $reason) { ${CONTRACT} } }`;
export const CONTRACT_CARD = `query ($id: ID!) { contract(id: $id) { ${CONTRACT} } }`;
export const MY = `query ($tab: ContractTab!) { myContracts(tab: $tab) { ${CONTRACT} } }`;
export const MONEY = `{ myCertificateCabinet { possibilities { money { nominalKopecks reservedKopecks balanceKopecks } }
  notifications(first: 10) { notifications { kind text } } } }`;
