// The documents are in events.graphql; codegen types them into gql/graphql.ts and writes them to events.generated.ts.
export {
  ApplyToEventDocument,
  CancelEventRequestDocument,
  ProviderEventParticipantsDocument,
  ProviderEventsDocument,
  PublishEventDocument,
  UpcomingEventsDocument,
} from './events.generated';
