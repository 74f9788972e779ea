// The documents are in not-sent.graphql; codegen types them into gql/graphql.ts.
export {
  NotSentCertificatesDocument as NotSentCertificatesQuery,
  ResendCertificateToNavigatorDocument as ResendCertificateToNavigatorMutation,
  ResendCertificatesToNavigatorDocument as ResendCertificatesToNavigatorMutation,
} from './not-sent.generated';

/**
 * Rows per page. Here, not in the list's module: that one is a client module, and a server component that
 * imports a value from it gets a client reference, not the number (the page's server request then sent it as
 * `first` and was refused, so the list was asked for again from the browser).
 */
export const NOT_SENT_PAGE_SIZE = 20;
