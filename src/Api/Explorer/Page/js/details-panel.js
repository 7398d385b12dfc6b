// The side panel: everything about one entity or one relationship, with its evidence.

import { html, raw } from './html.js';
import { humanise, kindLook, kindSwatch, typeSwatch } from './visuals.js';

const LANGUAGE_NAMES = { en: 'English', vi: 'Vietnamese', ko: 'Korean', lo: 'Lao', ja: 'Japanese', de: 'German', fr: 'French', pl: 'Polish', zh: 'Chinese' };

function languageName(code) {
  return code ? (LANGUAGE_NAMES[code] ?? code) : 'unknown language';
}

function sourceList(sources) {
  if (!sources || sources.length === 0) return html`<p class="hint">No source recorded.</p>`;
  return html`<ul class="sources">${sources.map((s) => html`
    <li class="source">
      <blockquote lang="${s.language ?? ''}">${s.quote}</blockquote>
      <p class="source-meta">${languageName(s.language)} ·
        ${s.document ? html`document <code class="document">${s.document}</code>` : ''}
        ${s.url ? html`<a href="${s.url}" target="_blank" rel="noopener noreferrer">${s.url}</a>` : ''}
        ${s.asOf ? html` · <span class="as-of">shows it holding as of ${s.asOf}</span>` : ''}</p>
      ${s.translation ? html`<p class="translation" lang="en">${s.translation} <span class="source-meta">(curators' translation)</span></p>` : ''}
      ${s.note ? html`<p class="source-note">Curators' note: ${s.note}</p>` : ''}
      ${s.viewer ? html`<p class="source-meta"><a class="read-source" href="${s.viewer}" target="_blank" rel="noopener">Read it in the document</a></p>` : ''}
    </li>`)}</ul>`;
}

function properties(list) {
  if (!list || list.length === 0) return '';
  return html`<dl class="properties">${list.map((p) => html`<dt>${humanise(p.key)}</dt><dd>${p.value}</dd>`)}</dl>`;
}

function entityButton(entity) {
  return html`<button type="button" class="link" data-select="${entity.id}" title="${entity.id}">${raw(kindSwatch(entity.kind))}${entity.name}</button>`;
}

function relationshipItem(r, focusId) {
  const other = r.from.id === focusId ? r.to : r.from;
  const direction = r.from.id === focusId ? '→' : '←';
  return html`
    <li class="relationship" data-relationship="${r.id}">
      <div class="relationship-head">
        ${raw(typeSwatch(r.type))}<span class="type">${humanise(r.type)}</span>
        <span class="direction" aria-label="${direction === '→' ? 'to' : 'from'}">${direction}</span>
        ${entityButton(other)}
      </div>
      <p class="dates">${r.when}</p>
      ${properties(r.properties)}
      <details class="evidence" ${r.sources.length > 0 ? 'open' : ''}>
        <summary>Evidence (${r.sources.length})</summary>
        ${sourceList(r.sources)}
      </details>
    </li>`;
}

/** The panel's buttons do what the drawing's context menu does, for keyboard users and phones. */
function entityActions(id, { centre, expanded, pinned }) {
  return html`
    <div class="panel-actions">
      <button type="button" class="button small" data-centre="${id}" ${centre ? 'disabled' : ''}>Centre here</button>
      <button type="button" class="button ghost small" data-expand="${id}" ${centre || expanded ? 'disabled' : ''}>Expand partners</button>
      <button type="button" class="button ghost small" data-hide="${id}" ${centre ? 'disabled' : ''}>Hide</button>
      <button type="button" class="button ghost small" data-pin="${id}" aria-pressed="${pinned}">${pinned ? 'Unpin' : 'Pin in place'}</button>
      <button type="button" class="button ghost small" data-path-from="${id}">Path from</button>
      <button type="button" class="button ghost small" data-path-to="${id}">Path to</button>
    </div>`;
}

/** marks: { centre, expanded, pinned } of this entity in the current view. */
export function renderEntity(entity, windowText, marks) {
  const look = kindLook(entity.kind);
  return html`
    <header class="panel-header">
      <p class="eyebrow">${raw(kindSwatch(entity.kind))}${look.label}${entity.date ? html` · ${entity.date}` : ''}</p>
      <h2 id="panel-title">${entity.name}</h2>
      <p class="id"><code>${entity.id}</code></p>
    </header>
    ${entityActions(entity.id, marks)}
    <section>
      <h3>Names</h3>
      <dl class="names">${entity.names.map((n) => html`<dt>${languageName(n.language)}</dt><dd lang="${n.language}">${n.name}</dd>`)}</dl>
      ${entity.aliases.length > 0 ? html`<h3>Aliases</h3><ul class="chips">${entity.aliases.map((a) => html`<li>${a}</li>`)}</ul>` : ''}
    </section>
    ${properties(entity.properties)}
    ${entity.sources.length > 0 ? html`<section><h3>Sources for this entity</h3>${sourceList(entity.sources)}</section>` : ''}
    <section>
      <h3>Relationships ${windowText} <span class="count">${entity.relationships.length}</span></h3>
      ${entity.relationships.length === 0
        ? html`<p class="hint">None of the ticked types in this window.</p>`
        : html`<ul class="relationships">${entity.relationships.map((r) => relationshipItem(r, entity.id))}</ul>`}
    </section>`;
}

export function renderRelationship(r) {
  return html`
    <header class="panel-header">
      <p class="eyebrow">${raw(typeSwatch(r.type))}Relationship · ${r.when}</p>
      <h2 id="panel-title">${humanise(r.type)}</h2>
      <p class="id"><code>${r.id}</code></p>
    </header>
    <section class="ends">
      <p>${entityButton(r.from)}</p>
      <p class="direction">${humanise(r.type)} →</p>
      <p>${entityButton(r.to)}</p>
    </section>
    ${properties(r.properties)}
    <section>
      <h3>Evidence</h3>
      ${sourceList(r.sources)}
    </section>`;
}

export function renderMessage(text) {
  return html`<p class="hint">${text}</p>`;
}
