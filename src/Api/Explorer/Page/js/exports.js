// The Export menu: the view as a report figure (PNG or SVG) and its data (CSV tables or JSON), saved as files named
// after the centre and the window.

import { FIGURE_WIDTH, figure, figurePng } from './report-figure.js';
import { ENTITY_COLUMNS, RELATIONSHIP_COLUMNS, toCsv, toJson } from './view-data.js';

function save(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * snapshot(): what the view holds now — { baseName, title, subtitle, legend, footnote, drawing(width), entities,
 * relationships, view, link, query, path } — read when an item is picked, so the export is of the view at that moment.
 */
export function exportItems(snapshot) {
  const reportFigure = () => {
    const s = snapshot();
    return { name: s.baseName, ...figure({ graph: s.drawing(FIGURE_WIDTH), title: s.title, subtitle: s.subtitle, legend: s.legend, footnote: s.footnote }) };
  };
  const csv = 'text/csv;charset=utf-8';
  return [
    { label: 'Figure as PNG (whole network, legend, sources)', action: async () => {
      const f = reportFigure();
      save(await figurePng(f), `${f.name}.png`);
    } },
    { label: 'Figure as SVG', action: () => {
      const f = reportFigure();
      save(new Blob([f.svg], { type: 'image/svg+xml;charset=utf-8' }), `${f.name}.svg`);
    } },
    { label: 'Relationships as CSV', action: () => {
      const s = snapshot();
      save(new Blob([toCsv(RELATIONSHIP_COLUMNS, s.relationships)], { type: csv }), `${s.baseName}-relationships.csv`);
    } },
    { label: 'Entities as CSV', action: () => {
      const s = snapshot();
      save(new Blob([toCsv(ENTITY_COLUMNS, s.entities)], { type: csv }), `${s.baseName}-entities.csv`);
    } },
    { label: 'Data as JSON', action: () => {
      const s = snapshot();
      save(new Blob([toJson(s)], { type: 'application/json;charset=utf-8' }), `${s.baseName}.json`);
    } },
  ];
}
