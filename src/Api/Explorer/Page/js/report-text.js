// The words around a report figure: its file name, title, subtitle (window, rounds, counts, filters, path), legend
// note and footnote (the sources cited and the query that fetched the data).

import { legendNote } from './legend.js';
import { citedSources } from './view-data.js';
import { windowText } from './view-state.js';
import { count, humanise } from './visuals.js';

/** How many cited documents the footnote names; the JSON export lists them all. */
const SOURCES_NAMED = 25;

/** names: id → { name }; legend: { kinds, types, sizes } as the page's legend shows them; link: the view's address. */
export function reportText({ view, names, entities, relationships, path, legend, link }) {
  const name = (id) => names.get(id)?.name ?? id;
  const rounds = view.depth === 1 ? 'direct partners' : `${view.depth} partner rounds`;
  const hidden = [...view.hideKinds, ...view.hideTypes].map(humanise);
  const without = hidden.length > 0 ? ` · without ${hidden.join(', ')}` : '';
  const along = path ? ` · path ${path.entities[0].name} → ${path.entities.at(-1).name} (${path.length} steps)` : '';
  const sources = citedSources(relationships);
  const named = sources.slice(0, SOURCES_NAMED).map((s) => s.source).join('; ');
  const more = sources.length > SOURCES_NAMED ? `; and ${sources.length - SOURCES_NAMED} more (listed in the JSON export)` : '';
  const expanded = view.expand.length > 0 ? `, with the partner networks of ${view.expand.map(name).join(', ')}` : '';
  return {
    baseName: `partner-network-${(view.of ?? 'empty').replace(/[^A-Za-z0-9-]+/g, '-')}-${view.since}-${view.until}`,
    title: `Partner network of ${name(view.of)}`,
    subtitle: `${windowText(view)} · ${rounds} · ${count(entities.length)} entities and ${count(relationships.length)} relationships drawn${without}${along}`,
    legend: { kinds: legend.kinds, types: legend.types, communities: legend.communities ?? null, note: legendNote(legend.sizes) },
    footnote: [
      `Sources: ${sources.length} documents and pages cited by the relationships drawn: ${named}${more}.`,
      `Data: Cooperation Knowledge Graph, GraphQL partnerNetwork(of: "${view.of}", since: "${view.since}", until: "${view.until}", `
        + `depth: ${view.depth}, maxNodes: ${view.max})${expanded}. View: ${link}. Exported ${new Date().toISOString().slice(0, 10)}.`,
    ],
  };
}
