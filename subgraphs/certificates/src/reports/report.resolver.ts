import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { forbidden } from '@pfdo/platform';
import { STATUS_NAMES } from '../applications/application-state';
import { CertificateGroup } from '../certificate-groups/certificate-group.type';
import { CERTIFICATE_STATUS_NAMES } from '../certificates/certificate-status';
import { CertificatesContext } from '../context';
import { Municipality, Organization } from '../references/references';
import { KIND_NAMES } from './report-csv';
import { reportCsvUrl } from './report.routes';
import { registryReport, reportScopeFor } from './report.service';
import { ApplicationCount, CertificateCount, OrganizationApplicationCount, RegistryReport } from './report.type';

@Resolver(() => RegistryReport)
export class RegistryReportResolver {
  @Query(() => RegistryReport, {
    description:
      '«Отчеты»: заявки по статусу и виду, сертификаты по статусу и группе, заявки по организациям приёма за период. ' +
      'Муниципальный оператор — свой муниципалитет; региональный — выбранный или весь регион (municipalityId не указан)',
  })
  async registryReport(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId: string | null,
    @Ctx() context: CertificatesContext,
  ): Promise<RegistryReport> {
    if (!context.identity) throw forbidden();
    const scope = reportScopeFor(context.identity, { from, to, municipalityId });
    const data = await registryReport(context.runtime.register, scope);
    return Object.assign(new RegistryReport(), {
      from: scope.from,
      to: scope.to,
      municipalityId: scope.municipalityId,
      csvUrl: reportCsvUrl(scope),
      applicationsByStatusAndKind: data.applications.map((entry) =>
        Object.assign(new ApplicationCount(), entry, {
          statusName: STATUS_NAMES[entry.status],
          kindName: KIND_NAMES[entry.kind],
        }),
      ),
      certificatesByStatusAndGroup: data.certificates.map((entry) =>
        Object.assign(new CertificateCount(), entry, { statusName: CERTIFICATE_STATUS_NAMES[entry.status] }),
      ),
      applicationsByOrganization: data.organizations.map((entry) =>
        Object.assign(new OrganizationApplicationCount(), entry),
      ),
    });
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Муниципалитет отчёта; null — весь регион' })
  municipality(@Root() report: RegistryReport): Municipality | null {
    return report.municipalityId ? Municipality.ref(report.municipalityId) : null;
  }
}

@Resolver(() => CertificateCount)
export class CertificateCountResolver {
  @FieldResolver(() => CertificateGroup)
  async group(@Root() entry: CertificateCount, @Ctx() context: CertificatesContext): Promise<CertificateGroup> {
    const row = await context.loaders.certificateGroupById.load(entry.groupId);
    if (!row) throw new Error(`certificate group ${entry.groupId} is gone`);
    return CertificateGroup.from(row);
  }
}

@Resolver(() => OrganizationApplicationCount)
export class OrganizationApplicationCountResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Организация, получившая документы (или создавшая заявку); null — документы ещё не получены',
  })
  organization(@Root() entry: OrganizationApplicationCount): Organization | null {
    return entry.organizationId ? Organization.ref(entry.organizationId) : null;
  }
}
