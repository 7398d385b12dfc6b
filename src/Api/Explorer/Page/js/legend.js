// The legend under the drawing: the kinds and relationship types drawn now.

import { html, raw } from './html.js';
import { humanise, kindLook, kindSwatch, typeSwatch } from './visuals.js';

/** What size, rings and labels mean; sizes: what node size stands for in this drawing. */
export function legendNote(sizes) {
  return `${sizes} (personalised PageRank). Edge label: type · valid from – to. Dark ring: centre; `
    + 'double ring: expanded; outline: pinned; dashed: brought in by the path.';
}

export function renderLegend(element, { kinds, types, sizes }) {
  element.hidden = kinds.length === 0;
  element.innerHTML = html`
    <ul>${kinds.map((k) => html`<li>${raw(kindSwatch(k))}${kindLook(k).label}</li>`)}</ul>
    <ul>${types.map((t) => html`<li>${raw(typeSwatch(t))}${humanise(t)}</li>`)}</ul>
    <p class="legend-note">${legendNote(sizes)}</p>`.toString();
}
