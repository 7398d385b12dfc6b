// The explorer page. Every control makes a new view (view-state.js) and pushes it to the URL's history; `show` brings
// the screen to a view, fetching only what differs from what is drawn, so Back, a pasted link and a saved view all
// take the same road. `window.explorer` exposes what is drawn, for tests.

import { ENTITY_QUERY, graphql, NETWORK_QUERY, PATH_QUERY, playgroundUrl, VOCABULARY_QUERY } from './api.js';
import { renderEntity, renderMessage, renderRelationship } from './details-panel.js';
import { Filters } from './filters.js';
import { GraphView } from './graph-view.js';
import { html, raw } from './html.js';
import { renderLegend } from './legend.js';
import { NodeList } from './node-list.js';
import { SavedViews } from './saved-views.js';
import { SearchBox } from './search-box.js';
import { Sheets } from './sheets.js';
import { EMPTY_VIEW, networkKey, pathKey, readView, sameView, writeView } from './view-state.js';
import { humanise, kindSwatch } from './visuals.js';
import { YearRange } from './year-range.js';

const MAX_PATH_HOPS = 6;
const NO_SELECTION = 'Click a node or an edge, or pick one from the list below, to see its names, dated relationships and source quotes.';
const $ = (id) => document.getElementById(id);

const state = {
  view: EMPTY_VIEW,
  allKinds: [],
  allTypes: [],
  network: { nodes: [], edges: [] },
  // What the drawing holds now, by the view keys that produced it.
  drawn: { network: null, filters: null, path: null },
  path: null,
  // Every entity met so far (networks, paths, details), so path ends restored from a link have names.
  names: new Map(),
  status: 'empty',
  error: null,
  sequence: 0,
};

const sheets = new Sheets(document.querySelector('.sheet-tabs'));
const graphElement = $('graph');
const graph = new GraphView(graphElement, (selection) => {
  navigate({ node: selection?.group === 'nodes' ? selection.id : null, edge: selection?.group === 'edges' ? selection.id : null });
  if (selection) sheets.open('details-sheet');
});
const nodeList = new NodeList($('node-list'), (id) => navigate({ node: id, edge: null }, { pan: true }));
const years = new YearRange($('since'), $('until'), $('years-output'), $('range-fill'), (since, until) => navigate({ since, until }));
const filters = new Filters($('kind-filters'), $('type-filters'), (hidden) => navigate(hidden));
new SearchBox($('search'), $('search-results'), (entity) => {
  sheets.close();
  centreOn(entity.id);
});
new SavedViews($('save-view'), $('saved-views'), () => writeView(state.view));

function windowVariables(view = state.view) {
  return { since: String(view.since), until: String(view.until) };
}

function windowText(view = state.view) {
  return `${view.since}–${view.until}`;
}

function networkVariables(view = state.view) {
  return { of: view.of, ...windowVariables(view), depth: view.depth };
}

function shownSets(view) {
  return {
    kinds: new Set(state.allKinds.filter((k) => !view.hideKinds.includes(k))),
    types: new Set(state.allTypes.filter((t) => !view.hideTypes.includes(t))),
  };
}

function remember(entities) {
  for (const e of entities) state.names.set(e.id, { id: e.id, name: e.name, kind: e.kind });
}

// ---- views: the URL's history is the record of them ----

function navigate(patch, options = {}) {
  const next = { ...state.view, ...patch };
  if (sameView(next, state.view)) return;
  history.pushState(null, '', `#${writeView(next)}`);
  show(next, options);
}

function centreOn(id) {
  navigate({ of: id, node: id, edge: null });
}

// A pasted link changes only the fragment (hashchange); Back fires popstate; show ignores the second of the two.
window.addEventListener('popstate', () => show(readView(location.hash)));
window.addEventListener('hashchange', () => show(readView(location.hash)));

/** Brings the screen to this view; a newer call supersedes an older one still waiting for the API. */
async function show(view, { pan = false, force = false } = {}) {
  if (!force && sameView(view, state.view)) return;
  state.view = view;
  const sequence = ++state.sequence;
  const current = () => sequence === state.sequence;
  years.set(view.since, view.until);
  $('depth').value = String(view.depth);
  filters.show(view);
  renderPathEnds();
  $('empty-state').hidden = view.of !== null;
  if (!view.of) {
    setStatus('empty');
    refreshViews();
    return;
  }
  try {
    const filtersKey = JSON.stringify([view.hideKinds, view.hideTypes]);
    if (networkKey(view) !== state.drawn.network) {
      setStatus('loading', null, 'Drawing…');
      const network = (await graphql(NETWORK_QUERY, networkVariables(view))).partnerNetwork;
      if (!current()) return;
      state.network = network;
      remember(network.nodes);
      await graph.draw(network, view.of, shownSets(view));
      state.drawn = { network: networkKey(view), filters: filtersKey, path: null };
    } else {
      setStatus('loading');
      if (filtersKey !== state.drawn.filters) {
        await graph.filter(shownSets(view));
        state.drawn.filters = filtersKey;
        if (state.path && pathKey(view) === state.drawn.path) graph.highlightPath(state.path);
      }
    }
    if (!current()) return;
    if (pathKey(view) !== state.drawn.path) {
      await findPath(view);
      if (!current()) return;
      state.drawn.path = pathKey(view);
    }
    showSelection(view, pan);
    refreshViews();
    await refreshPanel(view);
    if (current()) setStatus('ready');
  } catch (error) {
    if (current()) setStatus('error', error.message);
  }
}

// ---- status shown to people and to tests ----

function setStatus(status, error = null, message = null) {
  state.status = status;
  state.error = error;
  graphElement.dataset.status = status;
  $('loading').hidden = !message;
  $('loading').textContent = message ?? '';
  $('error').hidden = !error;
  $('error').textContent = error ?? '';
}

function publishDrawn() {
  const drawn = graph.drawn();
  graphElement.dataset.centre = state.view.of ?? '';
  graphElement.dataset.window = windowText();
  graphElement.dataset.nodes = drawn.nodes.join(' ');
  graphElement.dataset.edges = drawn.edges.join(' ');
  const path = graph.highlighted();
  graphElement.dataset.pathNodes = path.nodes.join(' ');
  graphElement.dataset.pathEdges = path.edges.join(' ');
  graphElement.dataset.selected = state.view.node ?? state.view.edge ?? '';
  return drawn;
}

function refreshViews() {
  const drawn = publishDrawn();
  const centre = state.view.of ? state.names.get(state.view.of) : null;
  $('summary').textContent = state.view.of
    ? `${centre?.name ?? state.view.of} · ${windowText()} · ${drawn.nodes.length} entities · ${drawn.edges.length} relationships`
    : 'Search for an entity to centre the network on.';
  nodeList.render(graph.visibleNodes(), state.view.of);
  $('node-count').textContent = String(drawn.nodes.length);
  const shownEdges = new Set(drawn.edges);
  renderLegend($('legend'), {
    kinds: [...new Set(graph.visibleNodes().map((n) => n.kind))].sort(),
    types: [...new Set(state.network.edges.filter((e) => shownEdges.has(e.id)).map((e) => e.type))].sort(),
  });
  filters.counts(state.network);
  $('playground-link').href = state.view.of ? playgroundUrl(NETWORK_QUERY, networkVariables()) : '/playground';
  $('fit').disabled = drawn.nodes.length === 0;
  $('export-png').disabled = drawn.nodes.length === 0;
}

// ---- selection and the details panel ----

const panel = $('panel');

function showSelection(view, pan) {
  const id = view.node ?? view.edge;
  if (id && graph.has(id)) graph.select(id, { pan });
  else graph.unselect();
}

async function refreshPanel(view) {
  if (!view.node && !view.edge) {
    panel.innerHTML = renderMessage(NO_SELECTION).toString();
    return;
  }
  panel.setAttribute('aria-busy', 'true');
  try {
    if (view.edge) {
      const edge = [...state.network.edges, ...(state.path?.relationships ?? [])].find((e) => e.id === view.edge);
      panel.innerHTML = (edge ? renderRelationship(edge) : renderMessage('This relationship is not in the current window.')).toString();
    } else {
      const types = view.hideTypes.length > 0 ? state.allTypes.filter((t) => !view.hideTypes.includes(t)) : null;
      const { entity } = await graphql(ENTITY_QUERY, { id: view.node, ...windowVariables(view), types });
      if (state.view !== view) return;
      remember([entity]);
      panel.innerHTML = renderEntity(entity, `in ${windowText(view)}`).toString();
    }
  } catch (error) {
    panel.innerHTML = renderMessage(error.message).toString();
  } finally {
    panel.removeAttribute('aria-busy');
  }
}

panel.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (!target) return;
  const { select: id, centre, pathFrom, pathTo } = target.dataset;
  if (id) navigate({ node: id, edge: null }, { pan: true });
  else if (centre) centreOn(centre);
  else if (pathFrom) navigate({ from: pathFrom });
  else if (pathTo) navigate({ to: pathTo });
});

// ---- shortest path ----

function renderPathEnds() {
  const show = (id) => {
    if (!id) return '—';
    const entity = state.names.get(id) ?? { name: id, kind: '' };
    return html`${raw(kindSwatch(entity.kind))}${entity.name}`.toString();
  };
  $('path-from').innerHTML = show(state.view.from);
  $('path-to').innerHTML = show(state.view.to);
  $('path-clear').disabled = !state.view.from && !state.view.to;
}

async function findPath(view) {
  state.path = null;
  graph.clearPath();
  $('path-result').textContent = '';
  if (!pathKey(view)) return;
  const variables = { from: view.from, to: view.to, ...windowVariables(view), maxHops: MAX_PATH_HOPS };
  let path;
  try {
    path = (await graphql(PATH_QUERY, variables)).shortestPath;
  } catch (error) {
    $('path-result').textContent = error.message;
    return;
  }
  if (state.view !== view) return;
  if (!path) {
    $('path-result').textContent = `No path of up to ${MAX_PATH_HOPS} steps in ${windowText(view)}.`;
    return;
  }
  state.path = path;
  remember(path.entities);
  renderPathEnds();
  graph.highlightPath(path);
  $('path-result').innerHTML = html`${path.length} step${path.length === 1 ? '' : 's'} in ${windowText(view)}:
    <ol class="path-steps">${path.relationships.map((r) => html`<li><button type="button" class="link" data-select-edge="${r.id}">${humanise(r.type)}</button>
      ${r.from.name} → ${r.to.name}</li>`)}</ol>`.toString();
}

$('path-result').addEventListener('click', (event) => {
  const id = event.target.closest('[data-select-edge]')?.dataset.selectEdge;
  if (id) navigate({ edge: id, node: null }, { pan: true });
});

$('path-clear').addEventListener('click', () => navigate({ from: null, to: null }));

// ---- buttons ----

$('depth').addEventListener('change', (event) => navigate({ depth: Number(event.target.value) }));

$('fit').addEventListener('click', () => graph.fit());

$('export-png').addEventListener('click', async () => {
  const blob = await graph.png();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `partner-network-${(state.view.of ?? 'empty').replace(/[^A-Za-z0-9-]+/g, '-')}-${state.view.since}-${state.view.until}.png`;
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
    centre: state.view.of,
    since: state.view.since,
    until: state.view.until,
    depth: state.view.depth,
    hideKinds: state.view.hideKinds,
    hideTypes: state.view.hideTypes,
    selected: state.view.node ?? state.view.edge,
    pathFrom: state.view.from,
    pathTo: state.view.to,
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
    const { kinds, types } = await graphql(VOCABULARY_QUERY);
    state.allKinds = kinds.enumValues.map((v) => v.name);
    state.allTypes = types.enumValues.map((v) => v.name);
    filters.build(kinds.enumValues, types.enumValues);
  } catch (error) {
    setStatus('error', `Could not read the schema: ${error.message}`);
    return;
  }
  const view = readView(location.hash);
  history.replaceState(null, '', `#${writeView(view)}`);
  await show(view, { force: true });
})();
