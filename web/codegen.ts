import type { CodegenConfig } from '@graphql-codegen/cli';

// Operation types come from the gateway's checked-in API schema; the documents are the .graphql files beside
// the code that uses them (each becomes its own export of gql/graphql.ts, which a bundle takes only as
// imported); the output in gql/ is checked in too.
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  documents: ['app/**/*.graphql'],
  generates: {
    './gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // DateTimeISO travels as an ISO 8601 string.
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
    // The schema's enums as values too, among them ErrorCode: the web decides by a server's code, from this list.
    './gql/enums.ts': { plugins: ['typescript'], config: { onlyEnums: true, enumsAsConst: true } },
  },
};

export default config;
