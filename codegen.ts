import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for urql from the committed schema: no running server needed.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
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
