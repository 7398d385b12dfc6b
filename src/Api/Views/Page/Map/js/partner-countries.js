import { graphql } from '../shared/graphql.js';
import { RELATIONSHIP_FIELDS } from '../shared/evidence.js';

// Which country each partner belongs to, as the graph states it: a body follows PART_OF and a person
// HOLDS_POSITION up to a COUNTRY. The graph decides first, because people's ids carry no country and some bodies
// sit under an organisation (org:ILO-WASHINGTON is part of the ILO, not of the United States). Only where the
// graph states no link does a government body's id convention (ministry:USA-DOL) name its state, since not every
// curated ministry has its PART_OF recorded.

const MAX_HOPS = 4;
const BODY_ID = /^ministry:([A-Z]{3})-/;
const BATCH = 40;

export const PARTNERS_QUERY = `query PartnerMap($of: ID!, $since: PartialDate, $until: PartialDate) {
  partners(of: $of, since: $since, until: $until, first: 100) {
    entity { id kind name }
    relationshipsConnection(first: 10) { totalCount nodes { ${RELATIONSHIP_FIELDS} } }
  }
}`;

function parentsQuery(ids) {
  const fields = ids.map((id, index) => `e${index}: entity(id: ${JSON.stringify(id)}) {
    relationships(types: [PART_OF, HOLDS_POSITION], direction: OUTGOING) { to { id kind } } }`);
  return `query PartnerParents { ${fields.join('\n')} }`;
}

async function parentsOf(ids) {
  const parents = new Map();
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const data = await graphql(parentsQuery(batch));
    batch.forEach((id, index) => parents.set(id, (data[`e${index}`]?.relationships ?? []).map(link => link.to)));
  }
  return parents;
}

/** Resolves each entity ({id, kind}) to the alpha-3 code of its country, or null when none is stated. */
export async function countriesOf(entities) {
  const country = new Map();
  const visited = new Map(entities.map(entity => [entity.id, [entity.id]]));
  let frontier = new Map();
  for (const entity of entities) {
    if (entity.kind === 'COUNTRY') country.set(entity.id, entity.id.slice('country:'.length));
    else frontier.set(entity.id, [entity.id]);
  }
  for (let hop = 0; hop < MAX_HOPS && frontier.size > 0; hop++) {
    const parents = await parentsOf([...new Set([...frontier.values()].flat())]);
    const next = new Map();
    for (const [origin, ids] of frontier) {
      const reached = ids.flatMap(id => parents.get(id) ?? []);
      const state = reached.find(parent => parent.kind === 'COUNTRY');
      if (state) country.set(origin, state.id.slice('country:'.length));
      else if (reached.length > 0) next.set(origin, reached.map(parent => parent.id));
      visited.get(origin).push(...reached.map(parent => parent.id));
    }
    frontier = next;
  }
  for (const entity of entities) {
    if (!country.has(entity.id)) country.set(entity.id, visited.get(entity.id).map(id => BODY_ID.exec(id)?.[1]).find(Boolean) ?? null);
  }
  return country;
}

/**
 * The actor's partners grouped by country. Partners in the actor's own state are set apart (a state does not
 * partner itself); partners with no country (organisations) are listed as they are.
 */
export async function loadPartnerCountries(of, since, until) {
  const { partners } = await graphql(PARTNERS_QUERY, { of, since: since == null ? null : String(since), until: until == null ? null : String(until) });
  const actor = { id: of, kind: of.startsWith('country:') ? 'COUNTRY' : 'OTHER' };
  const country = await countriesOf([actor, ...partners.map(partner => partner.entity)]);
  const home = country.get(of);
  const byCountry = new Map();
  const ownState = [];
  const stateless = [];
  for (const partner of partners) {
    const code = country.get(partner.entity.id);
    const entry = { entity: partner.entity, relationships: partner.relationshipsConnection.nodes, total: partner.relationshipsConnection.totalCount };
    if (code == null) stateless.push(entry);
    else if (code === home) ownState.push(entry);
    else byCountry.set(code, [...(byCountry.get(code) ?? []), entry]);
  }
  return { home, byCountry, ownState, stateless };
}

/** Distinct relationships behind a country's partners (one link can evidence both a ministry and its state). */
export function relationshipsOf(entries) {
  return [...new Map(entries.flatMap(entry => entry.relationships).map(relationship => [relationship.id, relationship])).values()];
}
