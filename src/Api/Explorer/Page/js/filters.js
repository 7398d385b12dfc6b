// The kind and type tick boxes, built from the schema's enums, with counts of what the current network holds.

import { html, raw } from './html.js';
import { humanise, kindLook, kindSwatch, typeSwatch } from './visuals.js';

function item(name, description, swatch, label, group) {
  return html`<label class="filter" title="${description ?? ''}">
    <input type="checkbox" name="${group}" value="${name}" checked>
    ${raw(swatch)}<span class="filter-label">${label}</span><span class="count" data-count-for="${name}"></span>
  </label>`;
}

export class Filters {
  #kinds;
  #types;

  /** onChange({ hideKinds, hideTypes }) after the analyst ticks or unticks a box. */
  constructor(kindFieldset, typeFieldset, onChange) {
    this.#kinds = kindFieldset;
    this.#types = typeFieldset;
    const changed = () => onChange({ hideKinds: this.#unticked(this.#kinds), hideTypes: this.#unticked(this.#types) });
    kindFieldset.addEventListener('change', changed);
    typeFieldset.addEventListener('change', changed);
  }

  /** kinds and types: the schema's enum values ({ name, description }). */
  build(kinds, types) {
    this.#kinds.innerHTML = kinds.map((v) => item(v.name, v.description, kindSwatch(v.name), kindLook(v.name).label, 'kind')).join('');
    this.#types.innerHTML = types.map((v) => item(v.name, v.description, typeSwatch(v.name), humanise(v.name), 'type')).join('');
  }

  /** Ticks every box but the hidden ones (when a view is shown again). */
  show({ hideKinds, hideTypes }) {
    for (const [fieldset, hidden] of [[this.#kinds, hideKinds], [this.#types, hideTypes]])
      for (const box of fieldset.querySelectorAll('input')) box.checked = !hidden.includes(box.value);
  }

  counts(network) {
    const counts = new Map();
    for (const n of network.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    for (const e of network.edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    for (const element of document.querySelectorAll('[data-count-for]'))
      element.textContent = counts.has(element.dataset.countFor) ? String(counts.get(element.dataset.countFor)) : '';
  }

  #unticked(fieldset) {
    return [...fieldset.querySelectorAll('input:not(:checked)')].map((box) => box.value).sort();
  }
}
