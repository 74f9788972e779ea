import { EntityManager } from 'typeorm';
import { Topic } from '@pfdo/contracts';
import { enqueueEvent } from '@pfdo/platform';
import { SCHEMA } from '../data-source';

/** The most certificates one `certificate.regrouped` event names (its contract's bound). */
const CERTIFICATES_PER_EVENT = 1000;

/**
 * Certificates moved to `group` (a confirmed change of group or municipality, a batch of the mass change):
 * the navigator's copies take the new group and municipality. Written in the caller's transaction, delivered by
 * the outbox after it commits.
 */
export async function tellNavigatorOfRegrouping(
  manager: EntityManager,
  certificateIds: readonly string[],
  group: { id: string; municipalityId: string; name: string },
): Promise<void> {
  for (let start = 0; start < certificateIds.length; start += CERTIFICATES_PER_EVENT) {
    await enqueueEvent(manager, SCHEMA, Topic.certificatesRegrouped, {
      certificateIds: certificateIds.slice(start, start + CERTIFICATES_PER_EVENT),
      municipalityId: group.municipalityId,
      groupId: group.id,
      groupName: group.name,
    });
  }
}
