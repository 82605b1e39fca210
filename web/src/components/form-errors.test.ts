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

  it('places every invalid field of `extensions.fields`, the first message per field', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Weekly hours cannot be more than 37 a week.', {
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'input.weeklyHours',
            fields: [
              { field: 'input.weeklyHours', message: 'Weekly hours cannot be more than 37 a week.' },
              { field: 'input.postcode', message: 'A postcode has 4 digits, e.g. 5000.' },
              { field: 'hoursPlan.weeklyHours', message: 'Row 1: too many.', index: 0 },
              { field: 'hoursPlan.weeklyHours', message: 'Row 3: too many.', index: 2 },
            ],
          },
        }),
      ],
    });
    expect(fieldErrors(error)).toEqual({
      fields: {
        weeklyHours: 'Weekly hours cannot be more than 37 a week.',
        postcode: 'A postcode has 4 digits, e.g. 5000.',
        'hoursPlan.weeklyHours': 'Row 1: too many.',
      },
      general: null,
    });
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
