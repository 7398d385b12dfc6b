// The legend under the drawing: the kinds and relationship types drawn now.

import { html, raw } from './html.js';
import { communitySwatch, humanise, kindLook, kindSwatch, typeSwatch } from './visuals.js';

/** What size, rings and labels mean; sizes: what node size stands for in this drawing. */
export function legendNote(sizes) {
  return `${sizes} (personalised PageRank). Edge label: type · valid from – to. Dark ring: centre; `
    + 'double ring: expanded; outline: pinned; dashed: brought in by the path.';
}

/** "Community 1 · 14 entities (Viet Nam, ILO…)": a community as the legend names it. */
export function communityLabel(group) {
  const sample = group.names.join(', ') + (group.size > group.names.length ? '…' : '');
  return `Community ${group.rank} · ${group.size} entit${group.size === 1 ? 'y' : 'ies'} (${sample})`;
}

/** communities: the groups drawn when the view colours by community (shapes still say the kind), else null. */
export function renderLegend(element, { kinds, types, sizes, communities = null }) {
  element.hidden = kinds.length === 0;
  element.innerHTML = html`
    ${communities ? html`<ul class="communities">${communities.map((g) => html`<li title="${communityLabel(g)}">${raw(communitySwatch(g.rank))}${communityLabel(g)}</li>`)}</ul>` : ''}
    <ul>${kinds.map((k) => html`<li>${raw(kindSwatch(k))}${kindLook(k).label}${communities ? ' (shape)' : ''}</li>`)}</ul>
    <ul>${types.map((t) => html`<li>${raw(typeSwatch(t))}${humanise(t)}</li>`)}</ul>
    <p class="legend-note">${legendNote(sizes)}</p>`.toString();
}
