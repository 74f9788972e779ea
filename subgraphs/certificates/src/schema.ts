import { buildFederatedSchema, FederatedSchema, personalDataAudit } from '@pfdo/platform';
import { ApplicationProcessingResolver } from './applications/application-processing.resolver';
import { ApplicationResolver, findApplication } from './applications/application.resolver';
import { CitizenChangeRequestResolver } from './applications/citizen-change-request';
import { UserRegistryActionsResolver } from './applications/registry-actions.resolver';
import {
  CertificateActionsResolver,
  CertificateAtHandResolver,
} from './certificate-actions/certificate-actions.resolver';
import { CertificateGroupAdminResolver } from './certificate-groups/certificate-group-admin.resolver';
import { CertificateGroupResolver, findCertificateGroup } from './certificate-groups/certificate-group.resolver';
import { CertificateRegisterResolver } from './certificates/certificate-register.resolver';
import { CertificateResolver, findCertificate } from './certificates/certificate.resolver';
import { ChildResolver } from './children/child.resolver';
import { UserChildrenResolver } from './children/user-children.resolver';
import { CertificatesContext } from './context';
import { ChildDocumentResolver } from './documents/child-document.resolver';
import { GroupChangeResolver, MunicipalityGroupChangesResolver } from './group-changes/group-change.resolver';
import { MyExtractResolver } from './holder-settings/my-extract.resolver';
import { certificatesInputRules } from './input-rules';
import { permissions } from './permissions';
import { MunicipalityCertificatesResolver } from './references/municipality.resolver';
import { Municipality, Organization, User } from './references/references';
import { MunicipalityCitizenNoticeResolver } from './regulations/citizen-notice';
import { MunicipalityRegulationResolver, RegulationMutationResolver } from './regulations/regulation.resolver';
import {
  CertificateCountResolver,
  OrganizationApplicationCountResolver,
  RegistryReportResolver,
} from './reports/report.resolver';

export const SUBGRAPH_NAME = 'certificates';

export function buildCertificatesSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      CertificateGroupResolver,
      CertificateGroupAdminResolver,
      GroupChangeResolver,
      MunicipalityGroupChangesResolver,
      CertificateResolver,
      CertificateRegisterResolver,
      ApplicationResolver,
      ApplicationProcessingResolver,
      CitizenChangeRequestResolver,
      MunicipalityCertificatesResolver,
      UserChildrenResolver,
      UserRegistryActionsResolver,
      ChildResolver,
      ChildDocumentResolver,
      CertificateActionsResolver,
      CertificateAtHandResolver,
      MunicipalityRegulationResolver,
      RegulationMutationResolver,
      MunicipalityCitizenNoticeResolver,
      RegistryReportResolver,
      CertificateCountResolver,
      OrganizationApplicationCountResolver,
      MyExtractResolver,
    ],
    orphanedTypes: [Municipality, Organization, User],
    referenceResolvers: {
      CertificateGroup: (reference, context: CertificatesContext) => findCertificateGroup(context, reference.id),
      Certificate: (reference, context: CertificatesContext) => findCertificate(context, reference.id),
      Application: (reference, context: CertificatesContext) => findApplication(context, reference.id),
      Municipality: (reference) => Municipality.ref(reference.id),
      Organization: (reference) => Organization.ref(reference.id),
      User: (reference) => Object.assign(new User(), { id: reference.id }),
    },
    permissions,
    inputRules: certificatesInputRules,
    // Every reading of these by an operator goes to the audit log (audit_events, PERSONAL_DATA_READ).
    middleware: personalDataAudit({
      Child: ['surname', 'name', 'patronymic', 'birthDate'],
      ChildDocument: ['series', 'number', 'issueDate', 'issuedBy'],
      Application: ['applicantName', 'email'],
    }),
  });
}
