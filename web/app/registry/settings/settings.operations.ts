// The documents are in settings.graphql; codegen types them into gql/graphql.ts.
export {
  SettingsPageDocument as SettingsPageQuery,
  UpdateMyOrganizationDocument as UpdateMyOrganizationMutation,
  SetMunicipalRegulationExcerptDocument as SetMunicipalRegulationExcerptMutation,
  SetMunicipalCitizenNoticeDocument as SetMunicipalCitizenNoticeMutation,
} from './settings.generated';
