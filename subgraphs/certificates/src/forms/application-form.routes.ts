import type { Router } from 'express';
import { callerOf, Identity, isUuid } from '@pfdo/platform';
import { ApplicationEntity } from '../applications/application.entity';
import { writeAudit } from '../audit/audit';
import { ChildGuardianEntity } from '../children/child.entity';
import { maskDocumentNumber } from '../documents/child-document.type';
import { CertificatesRuntime } from '../runtime';
import { applicationFormData, readApplicationFormParts } from './application-form.data';

export const APPLICATION_FORM_PATH = '/documents/applications/:id/form.pdf';

type Access = 'applicant' | 'operator' | 'operator-masked' | null;

/** Who may open an application's form: its applicant and the child's guardians, and entitled operators. */
function accessOf(identity: Identity, application: ApplicationEntity, guardianIds: string[]): Access {
  if (application.applicantUserId === identity.userId || guardianIds.includes(identity.userId)) return 'applicant';
  if (identity.role === 'REGIONAL_OPERATOR') return 'operator';
  if (identity.municipalityId !== application.municipalityId) return null;
  if (identity.role === 'MUNICIPAL_OPERATOR') return 'operator';
  if (identity.role === 'ORG_OPERATOR') return identity.canViewPersonalData ? 'operator' : 'operator-masked';
  return null;
}

/** «Скачать заявление»: the filled application form with the consent, rendered from the current data. */
export function applicationFormRoutes(runtime: CertificatesRuntime) {
  const { dataSource } = runtime;
  return (router: Router) => {
    router.get(APPLICATION_FORM_PATH, async (request, response) => {
      const caller = callerOf(response);
      const notFound = () =>
        response.status(404).json({ error: { code: 'NOT_FOUND', message: 'Заявление не найдено' } });
      if (!caller.identity) {
        response.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Требуется вход в систему' } });
        return;
      }
      const id = String(request.params.id);
      if (!isUuid(id)) return notFound();
      const application = await dataSource.getRepository(ApplicationEntity).findOneBy({ id });
      if (!application) return notFound();
      const guardians = await dataSource.getRepository(ChildGuardianEntity).findBy({ childId: application.childId });
      const access = accessOf(
        caller.identity,
        application,
        guardians.map((guardian) => guardian.userId),
      );
      // Someone else's application is not found, so that its number cannot be probed.
      if (!access) return notFound();

      const parts = await readApplicationFormParts(dataSource.manager, application);
      const data = applicationFormData({
        ...parts,
        municipalityName: await runtime.municipalities.nameOf(application.municipalityId),
        webUrl: runtime.config.webUrl,
        maskNumbers:
          access === 'operator-masked' && parts.document?.createdByOrganizationId !== caller.identity.organizationId
            ? maskDocumentNumber
            : undefined,
      });
      if (access !== 'applicant') {
        await writeAudit(dataSource.manager, caller, { action: 'APPLICATION_FORM_READ', subjectId: application.id });
      }
      // On the renderer's threads; past its queue or its timeout, SERVICE_BUSY (503, jsonErrorHandler).
      const pdf = await runtime.forms.render(data);
      response
        .status(200)
        .set({
          'content-type': 'application/pdf',
          'content-disposition': `inline; filename="zayavlenie-${application.number}.pdf"`,
          'cache-control': 'no-store',
        })
        .send(pdf);
    });
  };
}
