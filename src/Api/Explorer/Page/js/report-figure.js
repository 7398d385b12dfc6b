// The figure for a report: the whole drawn network (not just what the screen shows) under a title and the window,
// with the legend and a footnote naming the sources and the query, as one SVG; the PNG is that SVG rasterised, so
// both say the same thing.

import { escape } from './html.js';
import { communityLabel } from './legend.js';
import { communitySwatch, humanise, kindLook, kindSwatch, typeSwatch } from './visuals.js';

export const FIGURE_WIDTH = 1600;
const MARGIN = 32;
const FONT = 'Inter, "Segoe UI", system-ui, sans-serif';
/** Width of an average character at 12.5 px, to wrap and place text (SVG text does not wrap by itself). */
const CHAR_PX = 6.9;
const LINE_PX = 18;

function wrap(text, width) {
  const perLine = Math.max(20, Math.floor(width / CHAR_PX));
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function textLines(lines, x, y, attributes) {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * LINE_PX}" ${attributes}>${escape(line)}</text>`).join('');
}

/** Legend items flow left to right and wrap; returns the markup and the height used. */
function legendMarkup(kinds, types, note, y, communities) {
  const items = [
    ...(communities ?? []).map((g) => ({ swatch: communitySwatch(g.rank), width: 18, label: communityLabel(g) })),
    ...kinds.map((k) => ({ swatch: kindSwatch(k), width: 18, label: kindLook(k).label })),
    ...types.map((t) => ({ swatch: typeSwatch(t), width: 22, label: humanise(t) })),
  ];
  let x = MARGIN;
  let row = 0;
  const placed = items.map((item) => {
    const width = item.width + 6 + item.label.length * CHAR_PX + 18;
    if (x + width > FIGURE_WIDTH - MARGIN) {
      x = MARGIN;
      row += 1;
    }
    const at = { x, y: y + row * 24 };
    x += width;
    return `<g transform="translate(${at.x} ${at.y})">${item.swatch.replace('<svg ', `<svg y="${item.width === 18 ? 0 : 4}" `)}`
      + `<text x="${item.width + 6}" y="13" font-size="12.5" fill="#1d2733">${escape(item.label)}</text></g>`;
  });
  const noteLines = wrap(note, FIGURE_WIDTH - 2 * MARGIN);
  const noteY = y + (row + 1) * 24 + 12;
  return {
    markup: `<g id="legend" font-family='${FONT}'>${placed.join('')}`
      + `${textLines(noteLines, MARGIN, noteY, 'font-size="12" fill="#4a5866"')}</g>`,
    height: (row + 1) * 24 + noteLines.length * LINE_PX + 12,
  };
}

/**
 * graph: the network as an SVG document (cytoscape-svg); title, subtitle: what and when; legend: { kinds, types,
 * note }; footnote: lines naming the sources and the query. Returns the figure's SVG and its size.
 */
export function figure({ graph, title, subtitle, legend, footnote }) {
  const graphTop = MARGIN + 62;
  const inner = new DOMParser().parseFromString(graph, 'image/svg+xml').documentElement;
  const [drawnWidth, drawnHeight] = [Number(inner.getAttribute('width')), Number(inner.getAttribute('height'))];
  const scale = Math.min(1, (FIGURE_WIDTH - 2 * MARGIN) / drawnWidth);
  const graphHeight = drawnHeight * scale;
  const graphWidth = drawnWidth * scale;
  inner.setAttribute('x', String(MARGIN + (FIGURE_WIDTH - 2 * MARGIN - graphWidth) / 2));
  inner.setAttribute('y', String(graphTop));
  inner.setAttribute('viewBox', `0 0 ${drawnWidth} ${drawnHeight}`);
  inner.setAttribute('width', String(graphWidth));
  inner.setAttribute('height', String(graphHeight));
  const legendTop = graphTop + graphHeight + 24;
  const drawnLegend = legendMarkup(legend.kinds, legend.types, legend.note, legendTop, legend.communities);
  const footTop = legendTop + drawnLegend.height + 16;
  const footLines = footnote.flatMap((line) => wrap(line, FIGURE_WIDTH - 2 * MARGIN));
  const height = Math.ceil(footTop + footLines.length * LINE_PX + MARGIN);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${FIGURE_WIDTH}" height="${height}" viewBox="0 0 ${FIGURE_WIDTH} ${height}">
<rect width="100%" height="100%" fill="#ffffff"/>
<g font-family='${FONT}'>
<text id="title" x="${MARGIN}" y="${MARGIN + 20}" font-size="24" font-weight="700" fill="#0b1f33">${escape(title)}</text>
<text id="subtitle" x="${MARGIN}" y="${MARGIN + 46}" font-size="14" fill="#4a5866">${escape(subtitle)}</text>
</g>
${new XMLSerializer().serializeToString(inner)}
<line x1="${MARGIN}" x2="${FIGURE_WIDTH - MARGIN}" y1="${legendTop - 10}" y2="${legendTop - 10}" stroke="#dde3e9"/>
${drawnLegend.markup}
<g id="sources" font-family='${FONT}'>${textLines(footLines, MARGIN, footTop + 12, 'font-size="11.5" fill="#4a5866"')}</g>
</svg>`;
  return { svg, width: FIGURE_WIDTH, height };
}

/** The figure rasterised at twice its size, on white. */
export async function figurePng({ svg, width, height }, scale = 2) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
