// The explorer page: wires the search, the year range, the filters, the drawing, the details panel and the path
// finder to one state, kept in the URL so a view can be shared. `window.explorer` exposes what is drawn, for tests.

import { ENTITY_QUERY, graphql, NETWORK_QUERY, PATH_QUERY, playgroundUrl, VOCABULARY_QUERY } from './api.js';
import { renderEntity, renderMessage, renderRelationship } from './details-panel.js';
import { GraphView } from './graph-view.js';
import { html, raw } from './html.js';
import { NodeList } from './node-list.js';
import { SearchBox } from './search-box.js';
import { Sheets } from './sheets.js';
import { YearRange } from './year-range.js';
import { humanise, kindLook, kindSwatch, typeSwatch } from './visuals.js';

const MAX_PATH_HOPS = 6;
const $ = (id) => document.getElementById(id);

const state = {
  centre: null,
  since: 2000,
  until: 2026,
  depth: 1,
  kinds: new Set(),
  types: new Set(),
  allKinds: [],
  allTypes: [],
  network: { nodes: [], edges: [] },
  selection: null,
  pathFrom: null,
  pathTo: null,
  path: null,
  status: 'empty',
  error: null,
  sequence: 0,
};

const sheets = new Sheets(document.querySelector('.sheet-tabs'));
const graphElement = $('graph');
const graph = new GraphView(graphElement, (selection) => {
  select(selection);
  if (selection) sheets.open('details-sheet');
});
const nodeList = new NodeList($('node-list'), (id) => select({ group: 'nodes', id }, { focusCanvas: true }));
const years = new YearRange($('since'), $('until'), $('years-output'), $('range-fill'), (since, until) => {
  state.since = since;
  state.until = until;
  loadNetwork();
});
new SearchBox($('search'), $('search-results'), (entity) => {
  sheets.close();
  centreOn(entity.id);
});

function windowVariables() {
  return { since: String(state.since), until: String(state.until) };
}

function windowText() {
  return `${state.since}–${state.until}`;
}

function networkVariables() {
  return { of: state.centre, ...windowVariables(), depth: state.depth };
}

function ticked(all, chosen) {
  return chosen.size === all.length ? null : [...chosen];
}

// ---- status shown to people and to tests ----

function setStatus(status, error = null) {
  state.status = status;
  state.error = error;
  graphElement.dataset.status = status;
  $('loading').hidden = status !== 'loading';
  $('error').hidden = !error;
  $('error').textContent = error ?? '';
  $('empty-state').hidden = state.centre !== null;
}

function publishDrawn() {
  const drawn = graph.drawn();
  graphElement.dataset.centre = state.centre ?? '';
  graphElement.dataset.window = windowText();
  graphElement.dataset.nodes = drawn.nodes.join(' ');
  graphElement.dataset.edges = drawn.edges.join(' ');
  const path = graph.highlighted();
  graphElement.dataset.pathNodes = path.nodes.join(' ');
  graphElement.dataset.pathEdges = path.edges.join(' ');
  return drawn;
}

function refreshViews() {
  const drawn = publishDrawn();
  const centreNode = state.network.nodes.find((n) => n.id === state.centre);
  $('summary').textContent = state.centre
    ? `${centreNode?.name ?? state.centre} · ${windowText()} · ${drawn.nodes.length} entities · ${drawn.edges.length} relationships`
    : 'Search for an entity to centre the network on.';
  nodeList.render(graph.visibleNodes(), state.centre);
  $('node-count').textContent = String(drawn.nodes.length);
  renderLegend();
  renderFilterCounts();
  $('playground-link').href = state.centre ? playgroundUrl(NETWORK_QUERY, networkVariables()) : '/playground';
  $('fit').disabled = drawn.nodes.length === 0;
  $('export-png').disabled = drawn.nodes.length === 0;
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.centre) params.set('of', state.centre);
  params.set('since', String(state.since));
  params.set('until', String(state.until));
  if (state.depth !== 1) params.set('depth', String(state.depth));
  history.replaceState(null, '', `#${params}`);
}

function readUrl() {
  const params = new URLSearchParams(location.hash.slice(1));
  const since = Number(params.get('since'));
  const until = Number(params.get('until'));
  if (since && until) years.set(since, until);
  [state.since, state.until] = years.value();
  const depth = Number(params.get('depth'));
  if ([1, 2, 3].includes(depth)) state.depth = depth;
  $('depth').value = String(state.depth);
  return params.get('of');
}

// ---- loading and drawing ----

async function loadNetwork() {
  writeUrl();
  if (!state.centre) {
    refreshViews();
    return;
  }
  const sequence = ++state.sequence;
  setStatus('loading');
  let network;
  try {
    network = (await graphql(NETWORK_QUERY, networkVariables())).partnerNetwork;
  } catch (error) {
    if (sequence !== state.sequence) return;
    setStatus('error', error.message);
    return;
  }
  if (sequence !== state.sequence) return;
  state.network = network;
  await graph.draw(network, state.centre, state);
  if (sequence !== state.sequence) return;
  if (state.pathFrom && state.pathTo) await findPath(sequence);
  if (sequence !== state.sequence) return;
  refreshViews();
  await refreshSelection();
  if (sequence !== state.sequence) return;
  setStatus('ready');
}

function centreOn(id) {
  state.centre = id;
  state.selection = null;
  $('empty-state').hidden = true;
  loadNetwork().then(() => select({ group: 'nodes', id }));
}

async function applyFilters() {
  await graph.filter(state);
  if (state.path) graph.highlightPath(state.path);
  refreshViews();
  await refreshSelection();
}

// ---- selection and the details panel ----

const panel = $('panel');

async function select(selection, { focusCanvas = false } = {}) {
  state.selection = selection;
  if (!selection) {
    graph.unselect();
    panel.innerHTML = renderMessage('Click a node or an edge, or pick one from the list below, to see its names, dated relationships and source quotes.').toString();
    publishSelection();
    return;
  }
  if (graph.has(selection.id)) graph.select(selection.id, { pan: focusCanvas });
  await refreshSelection();
}

function publishSelection() {
  graphElement.dataset.selected = state.selection?.id ?? '';
}

async function refreshSelection() {
  const selection = state.selection;
  if (!selection) return;
  panel.setAttribute('aria-busy', 'true');
  try {
    if (selection.group === 'edges') {
      const edge = [...state.network.edges, ...(state.path?.relationships ?? [])].find((e) => e.id === selection.id);
      panel.innerHTML = (edge ? renderRelationship(edge) : renderMessage('This relationship is not in the current window.')).toString();
    } else {
      const variables = { id: selection.id, ...windowVariables(), types: ticked(state.allTypes, state.types) };
      const { entity } = await graphql(ENTITY_QUERY, variables);
      if (state.selection !== selection) return;
      panel.innerHTML = renderEntity(entity, `in ${windowText()}`).toString();
    }
  } catch (error) {
    panel.innerHTML = renderMessage(error.message).toString();
  } finally {
    panel.removeAttribute('aria-busy');
    publishSelection();
  }
}

panel.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (!target) return;
  const { select: id, centre, pathFrom, pathTo } = target.dataset;
  if (id) select({ group: 'nodes', id }, { focusCanvas: graph.has(id) });
  else if (centre) centreOn(centre);
  else if (pathFrom) setPathEnd('pathFrom', pathFrom);
  else if (pathTo) setPathEnd('pathTo', pathTo);
});

// ---- shortest path ----

function entitySummary(id) {
  return state.network.nodes.find((n) => n.id === id) ?? state.path?.entities.find((e) => e.id === id) ?? { id, name: id, kind: '' };
}

async function setPathEnd(end, id) {
  state[end] = entitySummary(id);
  renderPathEnds();
  if (state.pathFrom && state.pathTo) {
    const sequence = state.sequence;
    setStatus('loading');
    await findPath(sequence);
    refreshViews();
    setStatus('ready');
  }
}

function renderPathEnds() {
  const show = (entity) => (entity ? html`${raw(kindSwatch(entity.kind))}${entity.name}`.toString() : '—');
  $('path-from').innerHTML = show(state.pathFrom);
  $('path-to').innerHTML = show(state.pathTo);
  $('path-clear').disabled = !state.pathFrom && !state.pathTo;
}

async function findPath(sequence) {
  const variables = { from: state.pathFrom.id, to: state.pathTo.id, ...windowVariables(), maxHops: MAX_PATH_HOPS };
  let path;
  try {
    path = (await graphql(PATH_QUERY, variables)).shortestPath;
  } catch (error) {
    state.path = null;
    graph.clearPath();
    $('path-result').textContent = error.message;
    return;
  }
  if (sequence !== state.sequence) return;
  state.path = path;
  if (!path) {
    graph.clearPath();
    $('path-result').textContent = `No path of up to ${MAX_PATH_HOPS} steps in ${windowText()}.`;
    return;
  }
  graph.highlightPath(path);
  $('path-result').innerHTML = html`${path.length} step${path.length === 1 ? '' : 's'} in ${windowText()}:
    <ol class="path-steps">${path.relationships.map((r) => html`<li><button type="button" class="link" data-select-edge="${r.id}">${humanise(r.type)}</button>
      ${r.from.name} → ${r.to.name}</li>`)}</ol>`.toString();
}

$('path-result').addEventListener('click', (event) => {
  const id = event.target.closest('[data-select-edge]')?.dataset.selectEdge;
  if (id) select({ group: 'edges', id }, { focusCanvas: true });
});

$('path-clear').addEventListener('click', () => {
  state.pathFrom = null;
  state.pathTo = null;
  state.path = null;
  graph.clearPath();
  $('path-result').textContent = '';
  renderPathEnds();
  refreshViews();
});

// ---- filters and legend (built from the schema's enums) ----

function filterItem(name, description, swatch, label, group) {
  return html`<label class="filter" title="${description ?? ''}">
    <input type="checkbox" name="${group}" value="${name}" checked>
    ${raw(swatch)}<span class="filter-label">${label}</span><span class="count" data-count-for="${name}"></span>
  </label>`;
}

async function buildFilters() {
  const { kinds, types } = await graphql(VOCABULARY_QUERY);
  state.allKinds = kinds.enumValues.map((v) => v.name);
  state.allTypes = types.enumValues.map((v) => v.name);
  state.kinds = new Set(state.allKinds);
  state.types = new Set(state.allTypes);
  $('kind-filters').innerHTML = kinds.enumValues.map((v) => filterItem(v.name, v.description, kindSwatch(v.name), kindLook(v.name).label, 'kind')).join('');
  $('type-filters').innerHTML = types.enumValues.map((v) => filterItem(v.name, v.description, typeSwatch(v.name), humanise(v.name), 'type')).join('');
  for (const [fieldset, chosen] of [[$('kind-filters'), state.kinds], [$('type-filters'), state.types]]) {
    fieldset.addEventListener('change', (event) => {
      const box = event.target;
      if (box.checked) chosen.add(box.value); else chosen.delete(box.value);
      applyFilters();
    });
  }
}

function renderFilterCounts() {
  const counts = new Map();
  for (const n of state.network.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  for (const e of state.network.edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  for (const element of document.querySelectorAll('[data-count-for]'))
    element.textContent = counts.has(element.dataset.countFor) ? String(counts.get(element.dataset.countFor)) : '';
}

function renderLegend() {
  const drawn = graph.visibleNodes();
  const kinds = [...new Set(drawn.map((n) => n.kind))].sort();
  const shownEdges = new Set(graph.drawn().edges);
  const types = [...new Set(state.network.edges.filter((e) => shownEdges.has(e.id)).map((e) => e.type))].sort();
  $('legend').hidden = kinds.length === 0;
  $('legend').innerHTML = html`
    <ul>${kinds.map((k) => html`<li>${raw(kindSwatch(k))}${kindLook(k).label}</li>`)}</ul>
    <ul>${types.map((t) => html`<li>${raw(typeSwatch(t))}${humanise(t)}</li>`)}</ul>
    <p class="legend-note">Edge label: type · valid from – to. Bold ring: centre.</p>`.toString();
}

// ---- buttons ----

$('depth').addEventListener('change', (event) => {
  state.depth = Number(event.target.value);
  loadNetwork();
});

$('fit').addEventListener('click', () => graph.fit());

$('export-png').addEventListener('click', async () => {
  const blob = await graph.png();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `partner-network-${(state.centre ?? 'empty').replace(/[^A-Za-z0-9-]+/g, '-')}-${state.since}-${state.until}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

for (const button of document.querySelectorAll('[data-suggest]'))
  button.addEventListener('click', () => centreOn(button.dataset.suggest));

// ---- the test hook: what is drawn, where, and a way to wait for it ----

window.explorer = {
  state: () => ({
    status: state.status,
    error: state.error,
    centre: state.centre,
    since: state.since,
    until: state.until,
    depth: state.depth,
    selected: state.selection?.id ?? null,
    ...graph.drawn(),
    path: graph.highlighted(),
  }),
  positionOf: (id) => graph.pagePositionOf(id),
  nodeBoxes: () => graph.nodeBoxes(),
  textSizes: () => graph.textSizes(),
};

// ---- start ----

(async function start() {
  try {
    await buildFilters();
  } catch (error) {
    setStatus('error', `Could not read the schema: ${error.message}`);
    return;
  }
  const centre = readUrl();
  renderPathEnds();
  if (centre) {
    centreOn(centre);
  } else {
    setStatus('empty');
    refreshViews();
  }
})();
