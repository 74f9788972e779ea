// The documents are in group-settings.graphql; codegen types them into gql/graphql.ts.
export {
  GroupSettingsPageDocument as GroupSettingsPageQuery,
  MoreGroupSettingsDocument as MoreGroupSettingsQuery,
  CreateGroupSettingDocument as CreateGroupSettingMutation,
  UpdateGroupSettingDocument as UpdateGroupSettingMutation,
} from './group-settings.generated';
