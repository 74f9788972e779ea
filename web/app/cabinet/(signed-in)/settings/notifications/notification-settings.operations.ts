// The documents are in notification-settings.graphql; codegen types them into gql/graphql.ts.
export {
  NotificationSettingsDocument as NotificationSettingsQuery,
  UpdateNotificationSettingsDocument as UpdateNotificationSettingsMutation,
} from './notification-settings.generated';
