// The views' only data source: the GraphQL endpoint, so anything drawn can be asked again in the playground.

/** Runs one operation and resolves with its data; a RESULT_TRUNCATED notice is not a failure (the data is good). */
export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const payload = await response.json().catch(() => ({ errors: [{ message: `The API answered ${response.status} without a GraphQL response.` }] }));
  const failure = (payload.errors ?? []).find(error => error.extensions?.code !== 'RESULT_TRUNCATED');
  if (failure || !payload.data) throw new Error(failure?.message ?? 'The API answered without data.');
  return payload.data;
}

export const SEARCH_QUERY = `query Search($text: String!) { search(text: $text, first: 10) { id kind name } }`;
