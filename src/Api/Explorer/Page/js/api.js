// The explorer's only data source: the GraphQL endpoint. Each operation is a named constant so the
// "open in playground" link can hand over exactly what the page ran.

const SOURCE_FIELDS = 'document url quote language translation asOf note viewer';
const END_FIELDS = 'id kind name';
// Every relationship the page shows carries its ends, dates (with the server's reading of them), properties and evidence.
const RELATIONSHIP_FIELDS = `id type validFrom validTo when
      from { ${END_FIELDS} }
      to { ${END_FIELDS} }
      properties { key value }
      sources { ${SOURCE_FIELDS} }`;

export const NETWORK_QUERY = `query PartnerNetwork($of: ID!, $since: PartialDate, $until: PartialDate, $depth: Int, $maxNodes: Int) {
  partnerNetwork(of: $of, since: $since, until: $until, depth: $depth, maxNodes: $maxNodes) {
    truncated
    nodes { id kind name date names { language name } }
    edges { ${RELATIONSHIP_FIELDS} }
  }
}`;

export const ENTITY_QUERY = `query EntityDetails($id: ID!, $since: PartialDate, $until: PartialDate, $types: [RelationshipType!]) {
  entity(id: $id) {
    id kind name date
    names { language name }
    aliases
    properties { key value }
    sources { ${SOURCE_FIELDS} }
    relationships(since: $since, until: $until, types: $types) { ${RELATIONSHIP_FIELDS} }
  }
}`;

export const SEARCH_QUERY = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { id kind name aliases }
}`;

export const PATHS_QUERY = `query Paths($from: ID!, $to: ID!, $k: Int, $since: PartialDate, $until: PartialDate, $maxHops: Int) {
  paths(from: $from, to: $to, k: $k, since: $since, until: $until, maxHops: $maxHops) {
    length
    entities { id kind name date }
    relationships { ${RELATIONSHIP_FIELDS} }
  }
}`;

/** The API's page size limit (GraphQL:Limits:MaxPageSize): the most items one list of an answer may hold. */
export const PAGE_SIZE_LIMIT = 1000;

/** The most entities the API ranks in one answer (its page size limit); the rest of a drawing takes the smallest size. */
export const INFLUENCE_TOP = PAGE_SIZE_LIMIT;

export const INFLUENCE_QUERY = `query Influence($around: ID, $since: PartialDate, $until: PartialDate, $top: Int) {
  influence(around: $around, since: $since, until: $until, top: $top) { rank score entity { id } }
}`;

/** Groups past this many are drawn in one neutral colour, so asking for more would only cost. */
export const COMMUNITY_GROUPS = 12;

export const COMMUNITIES_QUERY = `query Communities($among: [ID!], $since: PartialDate, $until: PartialDate, $groups: Int, $members: Int) {
  communities(among: $among, since: $since, until: $until, first: $groups) { rank size members(first: $members) { id name } }
}`;

export const VOCABULARY_QUERY = `query Vocabulary {
  kinds: __type(name: "EntityKind") { enumValues { name description } }
  types: __type(name: "RelationshipType") { enumValues { name description } }
}`;

/** A GraphQL error, with the server's message and code, shown to the analyst as it is. */
export class GraphQLRequestError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
  }
}

// SERVICE_BUSY means every heavy slot was taken at that moment (the explorer itself asks for a network and its
// influence ranking at once); a slot frees within a second or two, so the page tries again before it gives up.
const BUSY_RETRY_DELAYS_MS = [250, 500, 1000, 2000];

function wait(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}

async function postOnce(query, variables, signal) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let payload;
  try {
    payload = await response.json();
  } catch {
    throw new GraphQLRequestError(`The API answered ${response.status} without a GraphQL response.`, 'HTTP');
  }
  // RESULT_TRUNCATED only says a list was cut at its page size; the data beside it is good.
  const failures = (payload.errors ?? []).filter(error => error.extensions?.code !== 'RESULT_TRUNCATED');
  if (failures.length > 0 || !payload.data) {
    const first = failures[0] ?? payload.errors?.[0] ?? { message: 'The API answered without data.' };
    throw new GraphQLRequestError(first.message, first.extensions?.code);
  }
  return payload.data;
}

/**
 * Runs one operation; rejects with the first GraphQL error (other than a truncation notice) or the HTTP failure.
 * A SERVICE_BUSY answer is retried a few times, sooner than its hint, since nothing ran.
 */
export async function graphql(query, variables = {}, signal = undefined) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await postOnce(query, variables, signal);
    } catch (error) {
      if (error?.code !== 'SERVICE_BUSY' || attempt >= BUSY_RETRY_DELAYS_MS.length) throw error;
      await wait(BUSY_RETRY_DELAYS_MS[attempt], signal);
    }
  }
}

/** The playground URL that opens this operation with these variables. */
export function playgroundUrl(query, variables) {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables, null, 2) });
  return `/playground?${params}`;
}
