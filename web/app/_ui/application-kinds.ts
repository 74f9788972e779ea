import type { ApplicationKind } from '@/gql/graphql';

/** «Шаг 3. Что вы хотите сделать?»: the kinds of application in the seeds' words, for every portal. */
export const KIND_NAMES: Record<ApplicationKind, string> = {
  NEW_CERTIFICATE: 'Получить сертификат',
  CHANGE_MUNICIPALITY: 'Внести изменения в связи со сменой муниципалитета проживания',
  CLARIFY_PERSONAL_DATA: 'Внести уточнения в персональные данные',
  CHANGE_GROUP: 'Изменить группу сертификата',
};
