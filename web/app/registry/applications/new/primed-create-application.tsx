'use client';

import { usePrimedCache, type ServerAnswer } from '@/app/_apollo/prime';
import type { ApplicationKind } from '@/gql/graphql';
import { CreateApplicationForm } from './create-application-form';
import { MunicipalitiesQuery } from './create-application.operations';

/** «Создать заявку» with the municipalities and their groups its server render fetched already in the cache. */
export function PrimedCreateApplication({
  server,
  initialKind,
}: {
  server: ServerAnswer;
  initialKind: ApplicationKind;
}) {
  usePrimedCache(server, [], [{ query: MunicipalitiesQuery }]);
  return <CreateApplicationForm initialKind={initialKind} />;
}
