import { Client, cacheExchange, fetchExchange } from 'urql';

/** The one urql client: POST only (Apollo's CSRF prevention refuses simple GETs), cookies same-origin. */
export function createClient(url = '/graphql') {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true', 'accept-language': localStorage.getItem('jobbro.lang') ?? 'da' },
    }),
  });
}
