// The documents are in my-account.graphql; codegen types them into gql/graphql.ts.
export {
  ChangeMyLoginDocument as ChangeMyLoginMutation,
  ChangeMyPasswordDocument as ChangeMyPasswordMutation,
} from './my-account.generated';
