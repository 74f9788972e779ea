/**
 * `npm run bench:certificate-register`: the certificate register's plans at a million certificates.
 *
 * Against DATABASE_URL (or the embedded default on 5433; its schemas migrated), in ONE transaction that is
 * rolled back at the end, so that nothing stays behind: inserts CERTIFICATES (1 000 000 unless said)
 * children and their certificates set-based (INSERT … SELECT over generate_series), spread over the five
 * demo municipalities (Новокузнецк holds 40 %), ACTIVATED 90 %, FROZEN 2 %, the rest not activated or
 * withdrawn, a fifth «Сертификаты ПФ» (each choice from its own hash of the row's index, independent of the
 * others); ANALYZEs the two tables; then prints, for each tab and search the
 * register sends (the very SQL of `certificateRegisterQuery`), the plan's index and EXPLAIN ANALYZE's
 * execution time and buffers.
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DemoMunicipality } from '@pfdo/platform';
import {
  CertificateRegisterTab,
  openCertificateRegisterSql,
} from '@pfdo/subgraph-certificates/certificate-register-sql';
import { embeddedPostgresUrl } from '../postgres';

const COUNT = Number(process.env.CERTIFICATES ?? 1_000_000);
const MUNICIPALITIES = Object.values(DemoMunicipality);

const INSERT_CHILDREN = `
  INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
  SELECT md5('plans-child-' || i)::uuid,
         (ARRAY['Иванов','Смирнов','Кузнецов','Попов','Васильев','Петров','Соколов','Михайлов','Новиков','Фёдоров',
                'Морозов','Волков','Алексеев','Лебедев','Семёнов','Егоров','Павлов','Козлов','Степанов','Николаев'])[1 + i % 20]
           || CASE WHEN i % 7 = 0 THEN 'ский' ELSE '' END || '-' || (i % 997),
         (ARRAY['Артём','Михаил','Софья','Анна','Дарья','Кирилл','Егор','Полина'])[1 + i % 8],
         (ARRAY['Андреевич','Сергеевна','Игоревич','Олеговна'])[1 + i % 4],
         date '2008-01-01' + (i % 4000),
         CASE WHEN abs(hashint4(i)) % 5 < 2 THEN $2::uuid ELSE ($1::uuid[])[1 + abs(hashint4(i)) % 5] END
    FROM generate_series(1, $3::int) AS i`;

const INSERT_CERTIFICATES = `
  INSERT INTO certificates.certificates (id, number, status, certificate_type, municipality_id, group_id, child_id, created_at)
  SELECT md5('plans-certificate-' || i)::uuid,
         lpad(((i::bigint * 7368787397) % 10000000000)::text, 10, '0'),
         CASE WHEN abs(hashint4(-i)) % 100 < 2 THEN 'FROZEN' WHEN abs(hashint4(-i)) % 100 < 8 THEN 'NOT_ACTIVATED'
              WHEN abs(hashint4(-i)) % 100 < 10 THEN 'CONSENT_WITHDRAWN' ELSE 'ACTIVATED' END,
         -- Прокопьевск issues no «Сертификаты ПФ»: a municipality whose mix differs from the region's.
         CASE WHEN abs(hashint8(i::bigint)) % 5 = 0 AND child.municipality_id <> $2::uuid THEN 'FUNDED' ELSE 'ACCOUNTING' END,
         child.municipality_id,
         groups.id,
         child.id,
         now() - (i % 1000) * interval '1 day'
    FROM generate_series(1, $1::int) AS i
    JOIN certificates.children child ON child.id = md5('plans-child-' || i)::uuid
    JOIN (SELECT DISTINCT ON (municipality_id) municipality_id, id FROM certificates.certificate_groups
           ORDER BY municipality_id, name) groups ON groups.municipality_id = child.municipality_id`;

interface Case {
  name: string;
  /** The municipal operator's municipality: Новокузнецк unless said. */
  municipalityId?: string;
  role: 'MUNICIPAL_OPERATOR' | 'REGIONAL_OPERATOR';
  tab: CertificateRegisterTab;
  search?: { number?: string; surname?: string; name?: string };
  after?: string;
}

const CASES: Case[] = [
  {
    name: 'Прокопьевск (no ПФ), «Сертификаты ПФ»',
    role: 'MUNICIPAL_OPERATOR',
    tab: CertificateRegisterTab.FUNDED,
    municipalityId: DemoMunicipality.prokopyevsk,
  },
  { name: 'municipal, «Сертификаты ПФ», page 1', role: 'MUNICIPAL_OPERATOR', tab: CertificateRegisterTab.FUNDED },
  {
    name: 'municipal, «Сертификаты учета», page 1',
    role: 'MUNICIPAL_OPERATOR',
    tab: CertificateRegisterTab.ACCOUNTING,
  },
  {
    name: 'municipal, «Сертификаты учета», deep page',
    role: 'MUNICIPAL_OPERATOR',
    tab: CertificateRegisterTab.ACCOUNTING,
    after: '9000000000',
  },
  { name: 'municipal, «Замороженные»', role: 'MUNICIPAL_OPERATOR', tab: CertificateRegisterTab.FROZEN },
  { name: 'regional, «Сертификаты ПФ», page 1', role: 'REGIONAL_OPERATOR', tab: CertificateRegisterTab.FUNDED },
  { name: 'regional, «Замороженные»', role: 'REGIONAL_OPERATOR', tab: CertificateRegisterTab.FROZEN },
  {
    name: 'municipal, by number',
    role: 'MUNICIPAL_OPERATOR',
    tab: CertificateRegisterTab.ACCOUNTING,
    search: { number: '7368787397' },
  },
  {
    name: 'municipal, by surname «смирнов»',
    role: 'MUNICIPAL_OPERATOR',
    tab: CertificateRegisterTab.ACCOUNTING,
    search: { surname: 'смирнов' },
  },
  {
    name: 'municipal, «Сертификаты ПФ», surname in no row',
    role: 'MUNICIPAL_OPERATOR',
    tab: CertificateRegisterTab.FUNDED,
    search: { surname: 'нетакой' },
  },
  {
    name: 'municipal, by surname + name (rare)',
    role: 'MUNICIPAL_OPERATOR',
    tab: CertificateRegisterTab.FUNDED,
    search: { surname: 'смирнов-12', name: 'анна' },
  },
  {
    name: 'regional, by surname «кузнецовский»',
    role: 'REGIONAL_OPERATOR',
    tab: CertificateRegisterTab.ACCOUNTING,
    search: { surname: 'кузнецовский' },
  },
];

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? embeddedPostgresUrl(Number(process.env.EMBEDDED_POSTGRES_PORT ?? 5433));
  const client = new Client({ connectionString: url });
  await client.connect();
  const register = await openCertificateRegisterSql(url);
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL statement_timeout = 0`);
    let started = performance.now();
    await client.query(INSERT_CHILDREN, [MUNICIPALITIES, DemoMunicipality.novokuznetsk, COUNT]);
    await client.query(INSERT_CERTIFICATES, [COUNT, DemoMunicipality.prokopyevsk]);
    console.log(
      `inserted ${COUNT} children and certificates in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    await client.query(`ANALYZE certificates.children`);
    await client.query(`ANALYZE certificates.certificates`);
    console.log(`ANALYZE in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const { rows: totals } = await client.query<{ total: string }>(
      `SELECT count(*) AS total FROM certificates.certificates`,
    );
    console.log(`certificates in the table: ${totals[0].total}\n`);
    console.log(`${'case'.padEnd(44)} ${'rows'.padStart(5)} ${'ms'.padStart(8)} ${'buffers'.padStart(8)}  index`);
    for (const test of CASES) {
      const identity = {
        role: test.role,
        municipalityId:
          test.role === 'MUNICIPAL_OPERATOR' ? (test.municipalityId ?? DemoMunicipality.novokuznetsk) : null,
      };
      // A search by name first reads the matching children, as the service does: few, or many.
      const childrenSql = register.childrenSqlOf(test.search ?? {});
      let childIds: string[] | null = null;
      let childrenMs = 0;
      if (childrenSql) {
        const childrenStarted = performance.now();
        const { rows: children } = await client.query<{ id: string }>(...childrenSql);
        childrenMs = performance.now() - childrenStarted;
        childIds = children.length > register.fewChildren ? null : children.map((child) => child.id);
      }
      const [sql, parameters] = register.sqlOf(identity, test.tab, test.search ?? {}, 20, test.after ?? null, childIds);
      // Twice: the first warms the cache, the second is timed.
      await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
      const { rows } = await client.query<{ 'QUERY PLAN': Array<Record<string, unknown>> }>(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
        parameters,
      );
      const plan = rows[0]['QUERY PLAN'][0] as { 'Execution Time': number; Plan: PlanNode };
      console.log(
        `${test.name.padEnd(44)} ${String(plan.Plan['Actual Rows']).padStart(5)} ${plan['Execution Time'].toFixed(2).padStart(8)} ${String(buffers(plan.Plan)).padStart(8)}  ${indexes(plan.Plan).join(', ') || 'none: ' + plan.Plan['Node Type']}${childrenSql ? ` (children first: ${childIds ? `${childIds.length} ids` : 'many'}, ${childrenMs.toFixed(1)} ms)` : ''}`,
      );
      if (process.env.VERBOSE) {
        const { rows: text } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
        console.log(text.map((row: Record<string, string>) => `    ${row['QUERY PLAN']}`).join('\n'));
      }
    }
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
    await register.close();
  }
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}

function buffers(node: PlanNode): number {
  return node['Shared Hit Blocks'] + node['Shared Read Blocks'];
}

function indexes(node: PlanNode): string[] {
  const own = node['Index Name'] ? [`${node['Node Type']} ${node['Index Name']}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(indexes)];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
