/**
 * `@pfdo/platform/subgraph` (and the package's root): everything a subgraph is built from, TypeORM and
 * type-graphql included. The gateway imports the light entry points instead.
 */
export * from '../index';
