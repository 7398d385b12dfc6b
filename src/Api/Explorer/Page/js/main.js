// The explorer page. Every control makes a new view (view-state.js) and pushes it to the URL's history; `show` brings
// the screen to a view, fetching only what differs from what is drawn, so Back, a pasted link and a saved view all
// take the same road. `window.explorer` exposes what is drawn, for tests.

import { ENTITY_QUERY, graphql, NETWORK_QUERY, playgroundUrl, VOCABULARY_QUERY } from './api.js';
import { ContextMenu } from './context-menu.js';
import { renderEntity, renderMessage, renderRelationship } from './details-panel.js';
import { exportItems } from './exports.js';
import { Filters } from './filters.js';
import { LayoutCancelled } from './graph-layout.js';
import { GraphView } from './graph-view.js';
import { describeEntity, describeRelationship, HoverCard } from './hover-card.js';
import { html } from './html.js';
import { renderLegend } from './legend.js';
import { NetworkSource } from './network-source.js';
import { NodeList } from './node-list.js';
import { PathTool } from './path-tool.js';
import { reportText } from './report-text.js';
import { SavedViews } from './saved-views.js';
import { SearchBox } from './search-box.js';
import { Sheets } from './sheets.js';
import { EMPTY_VIEW, filtersKey, NETWORK_SIZES, networkKey, pathKey, readView, sameView, windowText, windowVariables, writeView } from './view-state.js';
import { COLOURED_COMMUNITIES, count } from './visuals.js';
import { YearRange } from './year-range.js';

const NO_SELECTION = 'Click a node or an edge, or pick one from the list below, to see its names, dated relationships and source quotes.';
const $ = (id) => document.getElementById(id);

const state = {
  view: EMPTY_VIEW,
  allKinds: [],
  allTypes: [],
  // The drawn network: the centre's and those of the expanded nodes, merged.
  network: { nodes: [], edges: [] },
  entities: new Map(),
  relationships: new Map(),
  // Influence around the centre in the window (id → { rank, score }), and why there is none when the API failed.
  influence: new Map(),
  influenceError: null,
  // What the drawing holds now, by the view keys that produced it.
  drawn: { network: null, expand: [], filters: null, pins: null, path: null, alt: null },
  // Stops the drawing under way, when it is one the analyst may cancel.
  stop: null,
  // Every entity met so far (networks, paths, details), so path ends restored from a link have names.
  names: new Map(),
  // The communities colouring the drawing (view.colour 'community'): { key, ranks, groups, error }, else null.
  communities: null,
  status: 'empty',
  error: null,
  sequence: 0,
};

const source = new NetworkSource();
const sheets = new Sheets(document.querySelector('.sheet-tabs'));
const graphElement = $('graph');
const menu = new ContextMenu($('context-menu'));
const card = new HoverCard($('hover-card'));
const graph = new GraphView(graphElement, {
  select(selection) {
    if (pathTool.picking && selection?.group === 'nodes') {
      pathTool.pick(selection.id);
      return;
    }
    navigate({ node: selection?.group === 'nodes' ? selection.id : null, edge: selection?.group === 'edges' ? selection.id : null });
    if (selection) sheets.open('details-sheet');
  },
  expand,
  menu: openMenu,
  hover: describe,
  drop: (id, position) => navigate({ pin: [...state.view.pin.filter((p) => p.id !== id), { id, ...position }] }),
});
const pathTool = new PathTool(
  { panel: $('path-panel'), button: $('path-tool'), hint: $('toolbar-hint'), canvas: graphElement },
  { graph, navigate, names: state.names, onPicked: () => sheets.open('details-sheet') },
);
const nodeList = new NodeList($('node-list'), (id) => navigate({ node: id, edge: null }, { pan: true }));
const years = new YearRange($('since'), $('until'), $('years-output'), $('range-fill'), (since, until) => navigate({ since, until }));
const filters = new Filters($('kind-filters'), $('type-filters'), (hidden) => navigate(hidden));
new SearchBox($('search'), $('search-results'), (entity) => {
  sheets.close();
  centreOn(entity.id);
});
new SavedViews($('save-view'), $('saved-views'), () => writeView(state.view));

function networkVariables(view = state.view) {
  return { of: view.of, ...windowVariables(view), depth: view.depth, maxNodes: view.max };
}

function shownSets(view) {
  return {
    kinds: new Set(state.allKinds.filter((k) => !view.hideKinds.includes(k))),
    types: new Set(state.allTypes.filter((t) => !view.hideTypes.includes(t))),
    hidden: new Set(view.hide),
  };
}

/** The drawn network becomes this one (a fresh drawing) or grows by it (an expansion). */
function holdNetwork(network, { grow = false } = {}) {
  if (!grow) {
    state.entities = new Map();
    state.relationships = new Map();
  }
  for (const n of network.nodes) state.entities.set(n.id, n);
  for (const e of network.edges) state.relationships.set(e.id, e);
  state.network = { nodes: [...state.entities.values()], edges: [...state.relationships.values()] };
  remember(network.nodes);
}

/** A drawn relationship, from the networks or the path. */
function relationshipOf(id) {
  return state.relationships.get(id) ?? pathTool.path?.relationships.find((r) => r.id === id);
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
  pathTool.render(view);
  $('empty-state').hidden = view.of !== null;
  if (!view.of) {
    $('truncated').hidden = true;
    setStatus('empty');
    refreshViews();
    return;
  }
  try {
    await drawNetwork(view, current);
    if (!current()) return;
    if (pathKey(view) !== state.drawn.path) {
      await pathTool.find(view, current);
      if (!current()) return;
      state.drawn.path = pathKey(view);
      state.drawn.alt = null;
    }
    if (view.alt !== state.drawn.alt) {
      pathTool.draw(view);
      state.drawn.alt = view.alt;
    }
    await colourNodes(view, current);
    if (!current()) return;
    showSelection(view, pan);
    refreshViews();
    await refreshPanel(view);
    if (current()) setStatus('ready');
  } catch (error) {
    if (!current()) return;
    if (error instanceof LayoutCancelled || error.name === 'AbortError') cancelled(view);
    else setStatus('error', error.message);
  }
}

/** A large drawing the analyst stopped: back to the same view at the API's default size, in place of this one. */
function cancelled(view) {
  const smaller = { ...view, max: EMPTY_VIEW.max };
  state.drawn.network = null;
  history.replaceState(null, '', `#${writeView(smaller)}`);
  show(smaller);
}

/** Says a network was cut at the view's size and offers the larger sizes, up to the API's limit. */
function renderTruncation(view, network) {
  const notice = $('truncated');
  notice.hidden = !network.truncated;
  if (!network.truncated) return;
  const larger = NETWORK_SIZES.filter((n) => n > view.max);
  notice.innerHTML = html`<span>Showing the nearest ${count(view.max)} entities; the network has more.</span>
    ${larger.length > 0
      ? larger.map((n) => html`<button type="button" class="button ghost" data-draw-up-to="${n}">Draw up to ${count(n)}</button>`)
      : html`<span>That is the most the API draws at once: narrow the years or the partner rounds to see the rest.</span>`}`.toString();
}

$('truncated').addEventListener('click', (event) => {
  const size = event.target.closest('[data-draw-up-to]')?.dataset.drawUpTo;
  if (size) navigate({ max: Number(size) });
});

/** The structure: the centre's network, the expansions in order, the hidden nodes and filters, the pins. */
async function drawNetwork(view, current) {
  const drawn = state.drawn;
  const grows = networkKey(view) === drawn.network && drawn.expand.every((id, i) => view.expand[i] === id);
  if (!grows) {
    // A drawing beyond the API's default size takes long enough to watch and to stop.
    const stoppable = view.max > EMPTY_VIEW.max ? new AbortController() : null;
    setStatus('loading', null, stoppable ? `Asking the API for up to ${count(view.max)} entities…` : 'Drawing…', { stoppable });
    const [network, influence] = await Promise.all([source.network(networkVariables(view), stoppable?.signal), source.influence(view)]);
    if (!current()) return;
    holdNetwork(network);
    renderTruncation(view, network);
    state.influence = influence.scores;
    state.influenceError = influence.error;
    setStatus('loading', null, `Laying out ${count(network.nodes.length)} entities…`, { stoppable, progress: 0 });
    await graph.draw(network, view.of, shownSets(view), view.pin, influence.scores, {
      onProgress: (done) => { $('loading-progress').value = done; },
      signal: stoppable?.signal,
    });
    state.drawn = { network: networkKey(view), expand: [], filters: filtersKey(view), pins: JSON.stringify(view.pin), path: null };
  } else {
    setStatus('loading');
  }
  for (const id of view.expand.slice(state.drawn.expand.length)) {
    const around = await source.network({ ...networkVariables(view), of: id, depth: 1 });
    if (!current()) return;
    // Nodes a path brought in are taken out first, so an expansion that draws them again draws them for good.
    graph.clearPath();
    state.drawn.alt = null;
    await graph.expand(id, around, shownSets(view));
    holdNetwork(around, { grow: true });
    state.drawn.expand = [...state.drawn.expand, id];
    state.drawn.pins = null;
  }
  if (JSON.stringify(view.pin) !== state.drawn.pins) {
    graph.pin(view.pin);
    state.drawn.pins = JSON.stringify(view.pin);
  }
  if (filtersKey(view) !== state.drawn.filters) {
    graph.filter(shownSets(view));
    state.drawn.filters = filtersKey(view);
    if (pathTool.path && pathKey(view) === state.drawn.path) graph.highlightPath(pathTool.path);
  }
}

/** Colours the drawn nodes by their community in the window, or by kind again; asks the API only when the drawing changed. */
async function colourNodes(view, current) {
  $('colour-by').value = view.colour;
  if (view.colour !== 'community') {
    if (state.communities) graph.colourByCommunity(null);
    state.communities = null;
    return;
  }
  const ids = graph.drawn().nodes;
  const key = JSON.stringify([view.since, view.until, [...ids].sort()]);
  if (state.communities?.key === key) return;
  const found = await source.communities(view, ids);
  if (!current()) return;
  state.communities = { key, ...found };
  graph.colourByCommunity(found.ranks);
}

// ---- expanding, hiding, pinning, and what the pointer is over ----

function expand(id) {
  if (id === state.view.of || state.view.expand.includes(id) || !graph.has(id)) return;
  navigate({ expand: [...state.view.expand, id] });
}

function hide(id) {
  if (id === state.view.of) return;
  const view = state.view;
  navigate({ hide: [...view.hide, id], node: view.node === id ? null : view.node, pin: view.pin.filter((p) => p.id !== id) });
}

function togglePin(id) {
  const pinned = state.view.pin.some((p) => p.id === id);
  const position = graph.positionOf(id);
  if (!pinned && !position) return;
  navigate({ pin: pinned ? state.view.pin.filter((p) => p.id !== id) : [...state.view.pin, { id, ...position }] });
}

function marks(id) {
  return { centre: id === state.view.of, expanded: state.view.expand.includes(id), pinned: state.view.pin.some((p) => p.id === id) };
}

function openMenu(id, point) {
  card.hide();
  const { centre, expanded, pinned } = marks(id);
  menu.show(state.names.get(id)?.name ?? id, [
    { label: 'Show details', action: () => navigate({ node: id, edge: null }) },
    { label: 'Expand partners', action: () => expand(id), disabled: centre || expanded },
    { label: 'Hide', action: () => hide(id), disabled: centre },
    { label: pinned ? 'Unpin' : 'Pin in place', action: () => togglePin(id) },
    { label: 'Path from here', action: () => navigate({ from: id, alt: 0 }) },
    { label: 'Path to here', action: () => navigate({ to: id, alt: 0 }) },
    { label: 'Centre here', action: () => centreOn(id), disabled: centre },
  ], point);
}

function describe(target, point) {
  if (!target || menu.open) {
    card.hide();
    return;
  }
  if (target.group === 'nodes') {
    const entity = state.entities.get(target.id) ?? state.names.get(target.id);
    const relationships = graph.edgesOf(target.id).map(relationshipOf).filter(Boolean);
    if (entity) card.show(describeEntity(entity, relationships, state.influence.get(target.id)?.rank), point);
  } else {
    const relationship = relationshipOf(target.id);
    if (relationship) card.show(describeRelationship(relationship), point);
  }
}

$('show-hidden').addEventListener('click', () => navigate({ hide: [] }));
$('loading-cancel').addEventListener('click', () => state.stop?.abort());

// ---- status shown to people and to tests ----

/** message: what the page is doing, shown over the drawing; stoppable: an AbortController the Cancel button fires;
 *  progress: 0..1 when the step reports how far it is. */
function setStatus(status, error = null, message = null, { stoppable = null, progress = null } = {}) {
  state.status = status;
  state.error = error;
  graphElement.dataset.status = status;
  $('loading').hidden = !message;
  $('loading-text').textContent = message ?? '';
  $('loading-progress').hidden = progress === null;
  if (progress !== null) $('loading-progress').value = progress;
  $('loading-cancel').hidden = !stoppable;
  state.stop = stoppable;
  $('error').hidden = !error;
  $('error').textContent = error ?? '';
}

function publishDrawn() {
  const drawn = graph.drawn();
  graphElement.dataset.centre = state.view.of ?? '';
  graphElement.dataset.window = windowText(state.view);
  graphElement.dataset.nodes = drawn.nodes.join(' ');
  graphElement.dataset.edges = drawn.edges.join(' ');
  const path = graph.highlighted();
  graphElement.dataset.pathNodes = path.nodes.join(' ');
  graphElement.dataset.pathEdges = path.edges.join(' ');
  graphElement.dataset.selected = state.view.node ?? state.view.edge ?? '';
  return drawn;
}

/** The map's or timeline's address for this subject in the view's window (their fragment: of, since, until). */
function viewLink(path, of, view) {
  if (!of) return path;
  return `${path}#${new URLSearchParams({ of, since: String(view.since), until: String(view.until) })}`;
}

function refreshViews() {
  const drawn = publishDrawn();
  const centre = state.view.of ? state.names.get(state.view.of) : null;
  $('summary').textContent = state.view.of
    ? `${centre?.name ?? state.view.of} · ${windowText(state.view)} · ${drawn.nodes.length} entities · ${drawn.edges.length} relationships`
    : 'Search for an entity to centre the network on.';
  nodeList.render(graph.visibleNodes(), state.view.of);
  $('node-count').textContent = String(drawn.nodes.length);
  renderLegend($('legend'), legendContent(drawn));
  filters.counts(state.network);
  $('playground-link').href = state.view.of ? playgroundUrl(NETWORK_QUERY, networkVariables(state.view)) : '/playground';
  // The map shows the centre's partner countries; the timeline the selected node's relationships (else the centre's).
  $('map-link').href = viewLink('/map', state.view.of, state.view);
  $('timeline-link').href = viewLink('/timeline', state.view.node ?? state.view.of, state.view);
  $('fit').disabled = drawn.nodes.length === 0;
  $('path-tool').disabled = drawn.nodes.length === 0;
  $('show-hidden').hidden = state.view.hide.length === 0;
  $('show-hidden').textContent = `Show ${state.view.hide.length} hidden`;
  $('export').disabled = drawn.nodes.length === 0;
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
      const edge = relationshipOf(view.edge);
      panel.innerHTML = (edge ? renderRelationship(edge) : renderMessage('This relationship is not in the current window.')).toString();
    } else {
      const types = view.hideTypes.length > 0 ? state.allTypes.filter((t) => !view.hideTypes.includes(t)) : null;
      const { entity } = await graphql(ENTITY_QUERY, { id: view.node, ...windowVariables(view), types });
      if (state.view !== view) return;
      remember([entity]);
      panel.innerHTML = renderEntity(entity, `in ${windowText(view)}`, marks(entity.id)).toString();
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
  const { select: id, centre, pathFrom, pathTo, expand: expanding, hide: hiding, pin } = target.dataset;
  if (id) navigate({ node: id, edge: null }, { pan: true });
  else if (centre) centreOn(centre);
  else if (expanding) expand(expanding);
  else if (hiding) hide(hiding);
  else if (pin) togglePin(pin);
  else if (pathFrom) navigate({ from: pathFrom, alt: 0 });
  else if (pathTo) navigate({ to: pathTo, alt: 0 });
});

// ---- buttons ----

$('depth').addEventListener('change', (event) => navigate({ depth: Number(event.target.value) }));
$('colour-by').addEventListener('change', (event) => navigate({ colour: event.target.value }));

$('fit').addEventListener('click', () => graph.fit());

// ---- legend and exports ----

function legendContent(drawn) {
  const centre = state.names.get(state.view.of);
  const shownEdges = new Set(drawn.edges);
  return {
    sizes: state.influenceError ? `Size: none (influence unavailable: ${state.influenceError})` : `Size: influence around ${centre?.name ?? 'the centre'} in ${windowText(state.view)}`,
    kinds: [...new Set(graph.visibleNodes().map((n) => n.kind))].sort(),
    types: [...new Set(state.network.edges.filter((e) => shownEdges.has(e.id)).map((e) => e.type))].sort(),
    communities: state.communities ? state.communities.groups.filter((g) => g.rank <= COLOURED_COMMUNITIES) : null,
  };
}

/** The view as exports see it: what is drawn, with the words a report needs around it. */
function snapshot() {
  const view = state.view;
  const drawn = graph.drawn();
  const relationships = drawn.edges.map(relationshipOf).filter(Boolean);
  const entities = drawn.nodes.map((id) => ({
    ...(state.entities.get(id) ?? state.names.get(id)),
    influence: state.influence.get(id) ?? null,
    relationshipsDrawn: graph.edgesOf(id).length,
  }));
  const path = pathTool.path;
  return {
    ...reportText({ view, names: state.names, entities, relationships, path, legend: legendContent(drawn), link: location.href }),
    drawing: (width) => graph.svg(width),
    entities,
    relationships,
    view,
    link: location.href,
    query: { operationName: 'PartnerNetwork', query: NETWORK_QUERY, variables: networkVariables(view) },
    path,
  };
}

$('export').addEventListener('click', (event) => {
  const box = event.currentTarget.getBoundingClientRect();
  menu.show('Export this view', exportItems(snapshot), { x: box.left, y: box.bottom + 4 });
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
    max: state.view.max,
    truncated: !$('truncated').hidden,
    hideKinds: state.view.hideKinds,
    hideTypes: state.view.hideTypes,
    selected: state.view.node ?? state.view.edge,
    pathFrom: state.view.from,
    alternatives: pathTool.paths.map((p) => p.entities.map((e) => e.id)),
    alternative: state.view.alt,
    pathTo: state.view.to,
    expanded: state.view.expand,
    hidden: state.view.hide,
    pinned: state.view.pin,
    colour: state.view.colour,
    communities: state.communities ? Object.fromEntries(state.communities.ranks) : null,
    communitiesError: state.communities?.error ?? null,
    ...graph.drawn(),
    path: graph.highlighted(),
  }),
  fills: () => graph.fills(),
  positionOf: (id) => graph.pagePositionOf(id),
  positions: () => graph.positions(),
  nodeBoxes: () => graph.nodeBoxes(),
  textSizes: () => graph.textSizes(),
  sizes: () => graph.sizes(),
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
