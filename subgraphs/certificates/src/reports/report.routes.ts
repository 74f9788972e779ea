import type { Router } from 'express';
import { In } from 'typeorm';
import { checkBody, organizationNamesRoute } from '@pfdo/contracts';
import { callerOf, CREDENTIAL_HEADER, ErrorCode, mintServiceCredential } from '@pfdo/platform';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { rights } from '../permissions';
import { CertificatesRuntime } from '../runtime';
import { registryReportCsv } from './report-csv';
import { registryReport, ReportScope, reportScopeFor } from './report.service';

export const REPORT_CSV_PATH = '/reports/registry.csv';

export function reportCsvUrl(scope: ReportScope): string {
  const query = new URLSearchParams({ from: scope.from, to: scope.to });
  if (scope.municipalityId) query.set('municipalityId', scope.municipalityId);
  return `${REPORT_CSV_PATH}?${query.toString()}`;
}

/** The reception organizations' names, which the organizations subgraph owns; asked with no transaction open. */
async function organizationNames(runtime: CertificatesRuntime, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < ids.length; start += organizationNamesRoute.maxIds) {
    const url = new URL(organizationNamesRoute.path, runtime.config.organizationsUrl);
    url.searchParams.set('ids', ids.slice(start, start + organizationNamesRoute.maxIds).join(','));
    const response = await fetch(url, {
      headers: { [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', runtime.config.gatewaySecret) },
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`organization names answered HTTP ${response.status}`);
    const found = checkBody(organizationNamesRoute.response, await response.json());
    if (!found.ok) throw new Error(`organization names broke their contract: ${found.issues}`);
    for (const { id, name } of found.value) names.set(id, name);
  }
  return names;
}

/** «Скачать CSV» of «Отчеты»: the same figures as the page, for the same callers and scope. */
export function reportRoutes(runtime: CertificatesRuntime) {
  return (router: Router) => {
    router.get(REPORT_CSV_PATH, async (request, response) => {
      const { identity } = callerOf(response);
      if (!identity) {
        response.status(401).json({ error: { code: ErrorCode.Unauthenticated, message: 'Требуется вход в систему' } });
        return;
      }
      if (!rights.readReports(identity)) {
        response
          .status(403)
          .json({ error: { code: ErrorCode.Forbidden, message: 'Отчёты доступны операторам реестра' } });
        return;
      }
      const text = (name: string) => (typeof request.query[name] === 'string' ? request.query[name] : '');
      let scope: ReportScope;
      try {
        scope = reportScopeFor(identity, {
          from: text('from'),
          to: text('to'),
          municipalityId: text('municipalityId'),
        });
      } catch (error) {
        const { message, extensions } = error as { message: string; extensions: { code: string } };
        response.status(extensions.code === ErrorCode.Forbidden ? 403 : 400).json({
          error: { ...extensions, message },
        });
        return;
      }
      const data = await registryReport(runtime.register, scope);
      const groupIds = [...new Set(data.certificates.map((entry) => entry.groupId))];
      const groups = groupIds.length
        ? await runtime.dataSource.getRepository(CertificateGroupEntity).findBy({ id: In(groupIds) })
        : [];
      const organizationIds = data.organizations.flatMap((entry) =>
        entry.organizationId ? [entry.organizationId] : [],
      );
      const csv = registryReportCsv(scope, data, {
        municipality: scope.municipalityId
          ? await runtime.municipalities.nameOf(scope.municipalityId)
          : 'Кемеровская область',
        groups: new Map(groups.map((group) => [group.id, group.name])),
        organizations: await organizationNames(runtime, organizationIds),
      });
      response
        .status(200)
        .set({
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="otchet-${scope.from}-${scope.to}.csv"`,
          'cache-control': 'no-store',
        })
        .send(Buffer.from(csv, 'utf8'));
    });
  };
}
