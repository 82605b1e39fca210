import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for urql from the committed schema: no running server needed.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  // One naming scheme: a page's or component's GraphQL documents live beside it in `<Name>.operations.ts`
  // (a document anywhere else is not generated, so its page fails the type check).
  documents: ['web/src/**/*.operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', DateTime: 'string', Date: 'string', LocalDate: 'string' },
      },
    },
  },
  silent: true,
};

export default config;
