import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors.js';

describe('fieldErrors', () => {
  it('puts a server error next to the field it names', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('CVR 12345678 has an invalid check digit', {
          extensions: { code: 'BAD_USER_INPUT', field: 'cvr' },
        }),
      ],
    });
    expect(fieldErrors(error)).toEqual({ fields: { cvr: 'CVR 12345678 has an invalid check digit' }, general: null });
  });

  it('keeps errors without a field as a general message', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('You do not have access to this company.', { extensions: { code: 'FORBIDDEN' } }),
      ],
    });
    expect(fieldErrors(error).general).toBe('You do not have access to this company.');
  });

  it('reports a network failure in words', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(fieldErrors(error).general).toBe('Failed to fetch');
  });
});
