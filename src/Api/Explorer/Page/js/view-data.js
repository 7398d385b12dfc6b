// The data of the view on screen, for reports: the drawn entities and relationships as CSV tables and as one JSON
// document that also says which view it is. Text stays as the sources give it (UTF-8, no escapes).

/** A byte order mark, so spreadsheet programs read the file as UTF-8 rather than a local code page. */
const BOM = '\uFEFF';

function cell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header row, then one row per record; fields with commas, quotes or line breaks are quoted. */
export function toCsv(columns, rows) {
  const lines = [columns.map((c) => cell(c.name)).join(','), ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function citations(sources) {
  return [...new Set(sources.map((s) => s.document ?? s.url).filter(Boolean))].join(' | ');
}

export const ENTITY_COLUMNS = [
  { name: 'id', value: (e) => e.id },
  { name: 'name', value: (e) => e.name },
  { name: 'names', value: (e) => (e.names ?? []).map((n) => `${n.language}: ${n.name}`).join(' | ') },
  { name: 'kind', value: (e) => e.kind },
  { name: 'date', value: (e) => e.date },
  { name: 'influence_rank', value: (e) => e.influence?.rank },
  { name: 'influence_score', value: (e) => e.influence?.score },
  { name: 'relationships_drawn', value: (e) => e.relationshipsDrawn },
];

export const RELATIONSHIP_COLUMNS = [
  { name: 'id', value: (r) => r.id },
  { name: 'type', value: (r) => r.type },
  { name: 'from_id', value: (r) => r.from.id },
  { name: 'from_name', value: (r) => r.from.name },
  { name: 'to_id', value: (r) => r.to.id },
  { name: 'to_name', value: (r) => r.to.name },
  { name: 'valid_from', value: (r) => r.validFrom },
  { name: 'valid_to', value: (r) => r.validTo },
  { name: 'sources', value: (r) => r.sources.length },
  { name: 'documents', value: (r) => citations(r.sources) },
  { name: 'first_quote', value: (r) => r.sources[0]?.quote },
  { name: 'first_quote_language', value: (r) => r.sources[0]?.language },
];

/** Every document or URL the relationships cite, with how many relationships cite it, most cited first. */
export function citedSources(relationships) {
  const counts = new Map();
  for (const r of relationships)
    for (const where of new Set(r.sources.map((s) => s.document ?? s.url).filter(Boolean))) counts.set(where, (counts.get(where) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([source, relationships]) => ({ source, relationships }));
}

/** The view as one JSON document: what it is (title, window, filters, path, the API query) and what it holds. */
export function toJson({ title, view, link, query, entities, relationships, path }) {
  return JSON.stringify({
    title,
    link,
    exportedAt: new Date().toISOString(),
    centre: view.of,
    window: { since: String(view.since), until: String(view.until) },
    partnerRounds: view.depth,
    maxNodes: view.max,
    hidden: { kinds: view.hideKinds, types: view.hideTypes, entities: view.hide },
    expanded: view.expand,
    pinned: view.pin,
    path: path ? { from: view.from, to: view.to, alternative: view.alt + 1, entities: path.entities.map((e) => e.id), relationships: path.relationships.map((r) => r.id) } : null,
    query,
    sources: citedSources(relationships),
    entities,
    relationships,
  }, null, 2);
}
