import { graphql } from '../shared/graphql.js';
import { RELATIONSHIP_FIELDS } from '../shared/evidence.js';
import { endOf, startOf } from './partial-date.js';

// The entity's relationships turned into what the time axis draws. A stated span (validFrom, and validTo or open)
// is a range; an open end runs to the window's end (else today) and is drawn as open. A relationship whose only
// date is an end, or whose other end (an event, an agreement) carries the date, is a point: the time it is
// known at, not a stated span. Relationships with no date at all cannot be placed and are listed beside the axis.

const PAGE = 100;
const MAX_PAGES = 20;

export const TIMELINE_QUERY = `query Timeline($of: ID!, $since: PartialDate, $until: PartialDate, $after: String) {
  timelineConnection(of: $of, since: $since, until: $until, first: ${PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { ${RELATIONSHIP_FIELDS} from { date } to { date } }
  }
}`;

async function loadRelationships(of, since, until) {
  const relationships = [];
  let after = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { timelineConnection } = await graphql(TIMELINE_QUERY, { of, since: since == null ? null : String(since), until: until == null ? null : String(until), after });
    relationships.push(...timelineConnection.nodes);
    if (!timelineConnection.pageInfo.hasNextPage) break;
    after = timelineConnection.pageInfo.endCursor;
  }
  return relationships;
}

function otherEnd(relationship, of) {
  return relationship.from.id === of ? relationship.to : relationship.from;
}

function itemOf(relationship, of, openEnd) {
  const other = otherEnd(relationship, of);
  const base = { id: relationship.id, group: relationship.type, relationship, title: `${relationship.type} · ${other.name}` };
  if (relationship.validFrom) {
    const open = !relationship.validTo;
    const end = open ? openEnd : endOf(relationship.validTo);
    return { ...base, type: 'range', kind: 'stated', open, start: startOf(relationship.validFrom), end, content: `${other.name}${open ? ' →' : ''}`, className: open ? 'stated open' : 'stated' };
  }
  const known = relationship.validTo ?? other.date;
  if (!known) return null;
  return { ...base, type: 'point', kind: 'dated-by-end', start: startOf(known), content: other.name, className: 'point', title: `${base.title} (${relationship.validTo ? `ended ${relationship.validTo}` : `${other.name} is dated ${other.date}`}; no stated start)` };
}

/** Loads the timeline and splits it into drawable items and undated relationships. */
export async function loadTimeline(of, since, until) {
  const relationships = await loadRelationships(of, since, until);
  const openEnd = until == null ? new Date() : endOf(String(until));
  const items = [];
  const undated = [];
  for (const relationship of relationships) {
    const item = itemOf(relationship, of, openEnd);
    if (item) items.push(item);
    else undated.push(relationship);
  }
  return { items, undated };
}

/** The years the data covers, a year of margin either side, so nothing is cut at a fixed floor. */
export function yearSpan(items) {
  if (items.length === 0) return null;
  const starts = items.map(item => item.start.getUTCFullYear());
  const ends = items.map(item => (item.end ?? item.start).getUTCFullYear());
  return { min: Math.min(...starts) - 1, max: Math.max(...ends) + 1 };
}
