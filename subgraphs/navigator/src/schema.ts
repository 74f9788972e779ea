import { buildFederatedSchema, FederatedSchema } from '@pfdo/platform';
import { CertificateAccountResolver, findCertificate } from './certificates/certificate-account.resolver';
import { Certificate } from './certificates/certificate-account.type';
import { NavigatorContext } from './context';
import { permissions } from './permissions';
import { findProgram, OrganizationProgramsResolver, ProgramResolver } from './programs/program.resolver';
import { Municipality, Organization } from './references/references';

export const SUBGRAPH_NAME = 'navigator';

export function buildNavigatorSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [ProgramResolver, OrganizationProgramsResolver, CertificateAccountResolver],
    orphanedTypes: [Organization, Municipality, Certificate],
    referenceResolvers: {
      Program: (reference, context: NavigatorContext) => findProgram(context, reference.id),
      Organization: (reference) => Organization.ref(reference.id),
      Municipality: (reference) => Municipality.ref(reference.id),
      Certificate: (reference, context: NavigatorContext) => findCertificate(context, reference.id),
    },
    permissions,
  });
}
