import { element, relationshipCard } from '../shared/evidence.js';
import { bindViewForm } from '../shared/view-form.js';
import { loadTimeline, yearSpan } from './timeline-items.js';

// The timeline: one row per relationship type, stated spans as bars, dated-by-their-end items as points; a
// click opens the relationship's quotes.

const DEFAULTS = { of: 'person:thea-lee', since: null, until: null };
const $ = (id) => document.getElementById(id);
const items = new window.vis.DataSet();
const groups = new window.vis.DataSet();
const timeline = new window.vis.Timeline($('timeline'), items, groups, {
  stack: true, zoomKey: 'ctrlKey', orientation: 'top', margin: { item: 6 }, tooltip: { followMouse: true },
});
const form = bindViewForm(DEFAULTS, (next) => { state = next; load(); });
let state = form.current();
let view = { status: 'loading', items: [], undated: [], span: null };

function showEvidence(relationship) {
  $('details').replaceChildren(element('h2', null, 'Evidence'), relationshipCard(relationship));
}

function listUndated(relationships) {
  $('undated').replaceChildren(...(relationships.length === 0 ? [element('li', 'muted', 'None.')] : relationships.map(relationship => {
    const item = element('li');
    const button = element('button', 'link', `${relationship.type} · ${relationship.from.id === state.of ? relationship.to.name : relationship.from.name}`);
    button.type = 'button';
    button.addEventListener('click', () => showEvidence(relationship));
    item.append(button);
    return item;
  })));
}

function draw() {
  const types = [...new Set(view.items.map(item => item.group))].sort();
  groups.clear();
  groups.add(types.map(type => ({ id: type, content: type })));
  items.clear();
  items.add(view.items.map(({ relationship, ...item }) => item));
  listUndated(view.undated);
  if (view.span) {
    const min = new Date(Date.UTC(view.span.min, 0, 1));
    const max = new Date(Date.UTC(view.span.max + 1, 0, 1));
    timeline.setOptions({ min, max });
    timeline.setWindow(min, max, { animation: false });
  }
  const ranges = view.items.filter(item => item.type === 'range').length;
  $('summary').textContent = `${state.of}: ${ranges} stated span${ranges === 1 ? '' : 's'}, ${view.items.length - ranges} point${view.items.length - ranges === 1 ? '' : 's'}, ${view.undated.length} undated${view.span ? `, ${view.span.min + 1}–${view.span.max - 1}` : ''}`;
}

async function load() {
  form.show(state);
  view = { ...view, status: 'loading' };
  $('summary').textContent = 'Loading the timeline…';
  try {
    const loaded = await loadTimeline(state.of, state.since, state.until);
    view = { status: 'ready', ...loaded, span: yearSpan(loaded.items) };
    draw();
  } catch (error) {
    view = { ...view, status: 'error', error: error.message };
    $('summary').textContent = error.message;
  }
}

timeline.on('select', ({ items: selected }) => {
  const item = view.items.find(candidate => candidate.id === selected[0]);
  if (item) showEvidence(item.relationship);
});

/** What the page shows, for tests and for anyone reading it from the console. */
window.timelineView = {
  state: () => ({ status: view.status, error: view.error ?? null, of: state.of, since: state.since, until: state.until, span: view.span,
    items: view.items.map(item => ({ id: item.id, type: item.type, open: item.open ?? false })), undated: view.undated.map(relationship => relationship.id) }),
};

await load();
