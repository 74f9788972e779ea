import { EnqueuedPayload, EventPayload, Topic } from '@pfdo/contracts';
import { EventHandler } from '@pfdo/platform';
import { ApplicationEntity } from '../applications/application.entity';
import type { CertificatesRuntime } from '../runtime';
import { applicationFormData, readApplicationFormParts } from './application-form.data';

/**
 * The e-mail to a reception organization about its new application carries the filled form. The form is
 * rendered here, as the event leaves the outbox, on the renderer's threads: the transaction that created
 * the application holds no slow work, and a render refused as busy is retried with the event.
 */
export function withApplicationForm(
  runtime: CertificatesRuntime,
  deliver: EventHandler<EventPayload<typeof Topic.organizationApplicationCreated>>,
): EventHandler<EnqueuedPayload<typeof Topic.organizationApplicationCreated>> {
  return async (event) => {
    const { applicationId, formPdfBase64 } = event.payload;
    // An event written before forms were rendered on delivery carries its form already.
    if (formPdfBase64) return deliver({ ...event, payload: { ...event.payload, formPdfBase64 } });
    const manager = runtime.background.manager;
    const application = await manager.findOneByOrFail(ApplicationEntity, { id: applicationId });
    const parts = await readApplicationFormParts(manager, application);
    const data = applicationFormData({
      ...parts,
      municipalityName: await runtime.municipalities.nameOf(application.municipalityId),
      webUrl: runtime.config.webUrl,
    });
    const pdf = await runtime.forms.render(data);
    await deliver({ ...event, payload: { ...event.payload, formPdfBase64: pdf.toString('base64') } });
  };
}
