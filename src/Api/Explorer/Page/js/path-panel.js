// The path beside the drawing: its two ends, the k alternatives the API found (fewest steps first), and the steps
// of the one drawn, each opening its evidence. It also says what to click while the ends are being picked.

import { html, raw } from './html.js';
import { PATH_COUNTS } from './view-state.js';
import { humanise, kindSwatch, typeSwatch } from './visuals.js';

function end(entity, label) {
  return entity
    ? html`<dt>${label}</dt><dd>${raw(kindSwatch(entity.kind))}<span>${entity.name}</span></dd>`
    : html`<dt>${label}</dt><dd class="hint">not picked</dd>`;
}

/** "via MOLISA, Viet Nam": what tells alternatives of equal length apart. */
function via(path) {
  const inner = path.entities.slice(1, -1).map((e) => e.name);
  return inner.length === 0 ? 'directly' : `via ${inner.join(', ')}`;
}

function steps(path) {
  return html`<ol class="path-steps">${path.relationships.map((r, i) => {
    const [from, to] = [path.entities[i], path.entities[i + 1]];
    const forward = r.from.id === from.id;
    return html`<li>
      <button type="button" class="step" data-select-edge="${r.id}">
        <span class="step-type">${raw(typeSwatch(r.type))}${humanise(r.type)} ${forward ? '→' : '←'}</span>
        <span class="step-ends">${from.name} – ${to.name}</span>
        <span class="step-meta">${r.when} · ${r.sources.length} source${r.sources.length === 1 ? '' : 's'}</span>
      </button></li>`;
  })}</ol>`;
}

export class PathPanel {
  #section;

  /** on.choose(index), on.select(relationshipId), on.count(k), on.clear(): the analyst's clicks. */
  constructor(section, on) {
    this.#section = section;
    section.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button) return;
      if (button.dataset.alternative !== undefined) on.choose(Number(button.dataset.alternative));
      else if (button.dataset.selectEdge) on.select(button.dataset.selectEdge);
      else if (button.dataset.clearPath !== undefined) on.clear();
    });
    section.addEventListener('change', (event) => {
      if (event.target.name === 'k') on.count(Number(event.target.value));
    });
  }

  /**
   * from, to: entities or null; paths: the alternatives (null while not asked); chosen: the index drawn; message:
   * what to say instead (picking instructions, no path, an error); windowText: the years searched.
   */
  render({ from, to, paths, chosen, k, message, windowText }) {
    this.#section.hidden = !from && !to && !message;
    this.#section.innerHTML = html`
      <div class="path-head">
        <h2 id="path-heading">Path <span class="count">${windowText}</span></h2>
        <button type="button" class="button ghost small" data-clear-path ${!from && !to ? 'disabled' : ''}>Clear</button>
      </div>
      <dl class="path-ends">${end(from, 'From')}${end(to, 'To')}</dl>
      ${message ? html`<p class="path-result" role="status">${message}</p>` : ''}
      ${paths && paths.length > 0 ? html`
        <div class="path-options">
          <p class="path-result" role="status">${paths.length} path${paths.length === 1 ? '' : 's'}, fewest steps first</p>
          <label class="inline-field">Ask for
            <select name="k">${PATH_COUNTS.map((n) => html`<option value="${n}" ${n === k ? 'selected' : ''}>${n}</option>`)}</select>
          </label>
        </div>
        <ul class="alternatives" role="list">${paths.map((p, i) => html`
          <li><button type="button" class="alternative" data-alternative="${i}" aria-pressed="${i === chosen}">
            <span class="alternative-steps">${i + 1} · ${p.length} step${p.length === 1 ? '' : 's'}</span>
            <span class="alternative-via">${via(p)}</span>
          </button></li>`)}</ul>
        ${steps(paths[chosen])}` : ''}`.toString();
  }
}
