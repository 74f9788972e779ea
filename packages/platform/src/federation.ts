import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import type { IMiddlewareFieldMap } from 'graphql-middleware';
import type { IRules } from 'graphql-shield';
import { buildSchema, createResolversMap, NonEmptyArray } from 'type-graphql';
import { ERROR_CODE_SDL } from './errors';
import { inputChecks, InputRules } from './input-checks';
import { subgraphShield } from './shield';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires"])';

/** How a subgraph resolves an entity from the key (and the fields a field `@requires`) the gateway gave it. */
export type ReferenceResolvers = Record<
  string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subgraph's own context type
  (reference: { id: string } & Record<string, unknown>, context: any) => unknown
>;

export interface FederatedSchemaDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's type for resolver classes
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's type for object type classes
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers;
  permissions: IRules;
  /**
   * Limits of the String and ID values clients pass, by schema coordinate (see input-checks.ts); a value
   * no rule names gets the default of its type. Checked after the shield, before any resolver.
   */
  inputRules?: InputRules;
  /** Field middleware that runs after the shield allowed the field, e.g. auditing reads of personal data. */
  middleware?: IMiddlewareFieldMap;
}

export interface FederatedSchema {
  /** The subgraph's SDL as the gateway sees it: what `schema/<name>.graphql` holds. */
  sdl: string;
  /** The executable schema, with the shield applied. */
  schema: GraphQLSchema;
}

/** Turns a type-graphql module list into a Federation 2 subgraph schema guarded by its shield and input checks. */
export async function buildFederatedSchema(definition: FederatedSchemaDefinition): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    validate: false,
  });
  // Every subgraph declares the error codes (the same enum in each), so that the API schema and the web know them.
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}\n${ERROR_CODE_SDL}`);
  const resolverMap = createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers)) {
    resolverMap[typeName] = { ...(resolverMap[typeName] ?? {}), __resolveReference: resolveReference };
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- type-graphql's resolvers meet @apollo/subgraph's resolver map type here
  const subgraphSchema = buildSubgraphSchema([{ typeDefs, resolvers: resolverMap as any }]);
  return {
    sdl: printSubgraphSchema(subgraphSchema),
    schema: applyMiddleware(
      subgraphSchema,
      subgraphShield(definition.permissions),
      inputChecks(subgraphSchema, definition.inputRules ?? {}),
      ...(definition.middleware ? [definition.middleware] : []),
    ),
  };
}
