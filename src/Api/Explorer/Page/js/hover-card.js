// The card under the pointer: what a node or an edge is, when, and on how much evidence, without clicking.

import { html, raw } from './html.js';
import { humanise, kindLook, kindSwatch, typeSwatch } from './visuals.js';

const DELAY_MS = 120;

/** The earliest and latest dates among these relationships' stated or attested bounds: "2013 – 2024". */
function span(relationships) {
  const dates = relationships.flatMap((r) => [r.validFrom, r.validTo]).filter(Boolean).sort();
  if (dates.length === 0) return 'undated';
  const [first, last] = [dates[0], dates[dates.length - 1]];
  return first === last ? first : `${first} – ${last}`;
}

function evidence(relationships) {
  return relationships.reduce((count, r) => count + r.sources.length, 0);
}

/** entity: { name, kind, date }; relationships: the drawn ones touching it; rank: its influence rank, if ranked. */
export function describeEntity(entity, relationships, rank) {
  const sources = evidence(relationships);
  return html`
    <p class="card-kind">${raw(kindSwatch(entity.kind))}${kindLook(entity.kind).label}${entity.date ? html` · ${entity.date}` : ''}</p>
    <p class="card-name">${entity.name}</p>
    <dl class="card-facts">
      <dt>Dates</dt><dd>${span(relationships)}</dd>
      <dt>Evidence</dt><dd>${sources} source${sources === 1 ? '' : 's'} on ${relationships.length} relationship${relationships.length === 1 ? '' : 's'} drawn</dd>
      <dt>Influence</dt><dd>${rank ? `#${rank} around the centre` : 'not ranked'}</dd>
    </dl>`;
}

export function describeRelationship(r) {
  return html`
    <p class="card-kind">${raw(typeSwatch(r.type))}${humanise(r.type)}</p>
    <p class="card-name">${r.from.name} → ${r.to.name}</p>
    <dl class="card-facts">
      <dt>Dates</dt><dd>${r.when}</dd>
      <dt>Evidence</dt><dd>${r.sources.length} source${r.sources.length === 1 ? '' : 's'}</dd>
    </dl>`;
}

export class HoverCard {
  #card;
  #timer = 0;

  constructor(card) { this.#card = card; }

  /** Shows markup near a page point after a short rest of the pointer, so sweeping across nodes does not flicker. */
  show(markup, { x, y }) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#card.innerHTML = markup.toString();
      this.#card.hidden = false;
      const box = this.#card.getBoundingClientRect();
      const left = x + 14 + box.width > window.innerWidth ? x - 14 - box.width : x + 14;
      const top = y + 14 + box.height > window.innerHeight ? y - 14 - box.height : y + 14;
      this.#card.style.left = `${Math.max(4, left)}px`;
      this.#card.style.top = `${Math.max(4, top)}px`;
    }, DELAY_MS);
  }

  hide() {
    clearTimeout(this.#timer);
    this.#card.hidden = true;
  }
}
