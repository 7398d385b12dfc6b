// The drawing (Cytoscape). Holds what is drawn: a network, the partners expansions added around their nodes, the
// nodes held in place; applies the kind, type and hidden-node filters by hiding elements (so the analyst's mental map
// survives a filter change); highlights a path; and tells the page what the analyst points at.

import { layOut, orient, padding, placeAround } from './graph-layout.js';
import { namesWithRoom } from './label-room.js';
import { BIG, COLOURED_COMMUNITIES, edgeLabel, stylesheet } from './visuals.js';

const HIDDEN = 'hidden';
/** Screen area one edge label needs at the opening zoom; fewer edges than the view has room for are labelled. */
const AREA_PER_EDGE_LABEL = 9000;
/** Only this many of the most important nodes are tried for a name at the opening zoom (the rest cannot fit). */
const NAME_CANDIDATES = 300;

function nodeElement(entity, classes = '') {
  return { group: 'nodes', data: { id: entity.id, kind: entity.kind, label: entity.name, weight: 0 }, classes };
}

function edgeElement(r, classes = '') {
  return { group: 'edges', data: { id: r.id, source: r.from.id, target: r.to.id, type: r.type, label: edgeLabel(r) }, classes };
}

function lerp(a, b, t) {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

function distanceToSegment(p, a, b) {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export class GraphView {
  #cy;
  #centre = null;
  #on;
  #textScale = 1;
  #counts = { nodes: 0, edges: 0 };
  #pinned = new Set();
  #influence = new Map();

  /**
   * on.select({ group, id } | null), on.expand(id), on.menu(id, pagePoint), on.hover(target | null, pagePoint),
   * on.drop(id, position): a tap, a double tap, a right click or long press on a node, the pointer entering or leaving
   * a node or an edge ({ group, id }), a node dragged to a new place.
   */
  constructor(container, on) {
    this.#on = on;
    const cy = cytoscape({ container, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single' });
    this.#cy = cy;
    this.#restyle();
    const page = (event) => {
      const box = container.getBoundingClientRect();
      return { x: box.left + event.renderedPosition.x, y: box.top + event.renderedPosition.y };
    };
    const target = (event) => ({ group: event.target.group(), id: event.target.id() });
    cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
    cy.on('mouseover', 'node, edge', (event) => on.hover(target(event), page(event)));
    cy.on('mouseout', 'node, edge', () => on.hover(null));
    // Cytoscape reports a double tap for two quick taps on different nodes too; only one node tapped twice expands.
    const taps = [null, null];
    cy.on('tap', (event) => {
      taps.shift();
      taps.push(event.target === cy ? null : event.target.id());
      on.select(event.target === cy ? null : target(event));
    });
    cy.on('dbltap', 'node', (event) => {
      if (taps[0] === event.target.id() && taps[1] === event.target.id()) on.expand(event.target.id());
    });
    cy.on('cxttap taphold', 'node', (event) => on.menu(event.target.id(), page(event)));
    cy.on('grab', 'node', () => on.hover(null));
    cy.on('dragfree', 'node', (event) => on.drop(event.target.id(), this.positionOf(event.target.id())));
  }

  // Cytoscape keeps a label's drawn image while its style definitions stay the same, even when a class change gives
  // it another font size; so every change of which nodes are named or on the path ends with a new stylesheet.
  #restyle(print = null) {
    const area = print ? print.area : this.#area();
    const labelEdges = this.#counts.edges <= area / AREA_PER_EDGE_LABEL;
    this.#cy.style([...stylesheet(this.#counts.nodes, this.#textScale, labelEdges, print !== null), { selector: `.${HIDDEN}`, style: { display: 'none' } }]);
  }

  #area() { return this.#cy.width() * this.#cy.height(); }

  #shown() { return this.#cy.elements().not(`.${HIDDEN}`); }

  /** Names the most important nodes whose names fit without covering another name or node; the centre always. */
  #nameNodes(print = null) {
    const shown = this.#cy.nodes().not(`.${HIDDEN}`);
    const candidates = shown.sort((a, b) => b.data('weight') - a.data('weight') || b.degree() - a.degree()).slice(0, NAME_CANDIDATES);
    this.#cy.batch(() => {
      shown.removeClass('named');
      candidates.addClass('named');
    });
    const bodies = new Map(shown.map((n) => [n.id(), n.boundingBox({ includeLabels: false, includeOverlays: false })]));
    const named = namesWithRoom(candidates.map((n) => ({
      id: n.id(),
      label: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }),
      body: bodies.get(n.id()),
      always: n.id() === this.#centre,
    })), shown.length > BIG ? [] : [...bodies.values()]);
    this.#cy.batch(() => candidates.filter((n) => !named.has(n.id())).removeClass('named'));
    this.#restyle(print);
  }

  /** Labels are sized for the zoom the layout fitted the drawing to, so they open at a readable size. */
  #scaleText() {
    this.#textScale = 1 / this.#cy.zoom();
    this.#restyle();
    this.#nameNodes();
  }

  async #layOut(randomize, progress = {}) {
    const shown = this.#shown();
    await layOut(shown, { randomize, pinned: this.#pinned, ...progress });
    if (randomize) orient(this.#cy, shown);
    this.#scaleText();
  }

  /**
   * Gives each node its influence weight: the square root of its score over the largest score drawn, leaving out the
   * centre (which a personalised ranking always puts far ahead, and which its ring marks anyway).
   */
  #weigh() {
    const nodes = this.#cy.nodes();
    const score = (n) => this.#influence.get(n.id())?.score ?? 0;
    const largest = Math.max(Number.MIN_VALUE, ...nodes.filter((n) => n.id() !== this.#centre).map(score));
    nodes.forEach((n) => n.data('weight', n.id() === this.#centre ? 1 : Math.min(1, Math.sqrt(score(n) / largest))));
  }

  /**
   * Replaces the drawing with this network, sized by influence (Map id → { rank, score }) and laid out afresh around
   * the pinned nodes; resolves when it has settled. progress: { onProgress, signal } for the layout.
   */
  async draw(network, centreId, filters, pins, influence, progress = {}) {
    const cy = this.#cy;
    this.#centre = centreId;
    this.#influence = influence;
    this.#pinned = new Set();
    cy.elements().remove();
    this.#counts = { nodes: network.nodes.length, edges: network.edges.length };
    this.#restyle();
    cy.add([
      ...network.nodes.map((n) => nodeElement(n, n.id === centreId ? 'centre' : '')),
      ...network.edges.map((e) => edgeElement(e)),
    ]);
    this.#weigh();
    this.pin(pins);
    this.#applyFilters(filters);
    await this.#layOut(true, progress);
  }

  /**
   * Adds the partners of one drawn node (an expansion) without moving anything already drawn: the new nodes start on
   * rings around it and, in a drawing small enough, a layout with every earlier node held in place tidies them.
   * Resolves with how many nodes were added.
   */
  async expand(anchorId, network, filters) {
    const cy = this.#cy;
    const anchor = cy.getElementById(anchorId);
    const before = cy.nodes().not('.path-only');
    const added = cy.add(network.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => nodeElement(n)));
    cy.add(network.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => edgeElement(e)));
    anchor.addClass('expanded');
    this.#weigh();
    if (anchor.nonempty()) placeAround(anchor, added, before);
    this.#counts = { nodes: cy.nodes().length, edges: cy.edges().length };
    this.#applyFilters(filters);
    const shown = this.#shown();
    if (added.nonempty() && shown.nodes().length <= BIG)
      await layOut(shown, { randomize: false, pinned: new Set([...this.#pinned, ...before.map((n) => n.id())]) });
    else if (added.nonempty() && !this.#inView(added)) this.#cy.fit(shown, padding(shown.nodes().length));
    this.#scaleText();
    return added.length;
  }

  #inView(elements) {
    const extent = this.#cy.extent();
    const box = elements.boundingBox({ includeLabels: false });
    return box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
  }

  /** Shows only the kinds and types ticked and the nodes not hidden; nothing moves, so the picture stays familiar. */
  filter(filters) {
    this.#applyFilters(filters);
    this.#nameNodes();
  }

  /** Puts these nodes ([{ id, x, y }]) where they say; layouts leave them there, while a drag still moves them. */
  pin(pins) {
    const cy = this.#cy;
    this.#pinned = new Set(pins.map((p) => p.id));
    cy.batch(() => {
      cy.nodes('.pinned').filter((n) => !this.#pinned.has(n.id())).removeClass('pinned');
      for (const p of pins) cy.getElementById(p.id).position({ x: p.x, y: p.y }).addClass('pinned');
    });
  }

  /** A node's position in drawing coordinates, rounded as a link keeps it. */
  positionOf(id) {
    const node = this.#cy.getElementById(id);
    if (node.empty()) return null;
    const p = node.position();
    return { x: Math.round(p.x), y: Math.round(p.y) };
  }

  #applyFilters({ kinds, types, hidden }) {
    const cy = this.#cy;
    cy.batch(() => {
      cy.elements().removeClass(HIDDEN);
      cy.nodes().filter((n) => !kinds.has(n.data('kind')) || hidden.has(n.id())).addClass(HIDDEN);
      cy.edges().filter((e) => !types.has(e.data('type')) || e.source().hasClass(HIDDEN) || e.target().hasClass(HIDDEN)).addClass(HIDDEN);
      cy.nodes().filter((n) => n.id() !== this.#centre && !n.hasClass('path-only') && n.connectedEdges().not(`.${HIDDEN}`).empty()).addClass(HIDDEN);
    });
  }

  /** Ids of the nodes and edges now visible, sorted: what the analyst sees. */
  drawn() {
    const visible = this.#shown();
    return {
      nodes: visible.nodes().map((n) => n.id()).sort(),
      edges: visible.edges().map((e) => e.id()).sort(),
    };
  }

  visibleNodes() {
    return this.#cy.nodes().not(`.${HIDDEN}`).map((n) => ({ id: n.id(), kind: n.data('kind'), label: n.data('label'), degree: n.connectedEdges().not(`.${HIDDEN}`).length }));
  }

  /** Ids of the visible relationships touching a node. */
  edgesOf(id) {
    return this.#cy.getElementById(id).connectedEdges().not(`.${HIDDEN}`).map((e) => e.id());
  }

  has(id) { return this.#cy.getElementById(id).nonempty(); }

  /** Selects a node or edge; with pan, brings it to the middle (keyboard and list selection). */
  select(id, { pan = false } = {}) {
    const element = this.#cy.getElementById(id);
    if (element.empty()) return;
    this.#cy.elements().unselect();
    element.select();
    if (pan) this.#cy.animate({ center: { eles: element }, duration: 250 });
  }

  unselect() { this.#cy.elements().unselect(); }

  /** Marks a path's entities and relationships, adding any the current drawing lacks (dashed) and fading the rest. */
  highlightPath(path) {
    const cy = this.#cy;
    this.clearPath();
    cy.batch(() => {
      for (const entity of path.entities)
        if (cy.getElementById(entity.id).empty()) cy.add(nodeElement(entity, 'path-only'));
      for (const r of path.relationships)
        if (cy.getElementById(r.id).empty()) cy.add(edgeElement(r, 'path-only'));
      const onPath = cy.collection();
      for (const entity of path.entities) onPath.merge(cy.getElementById(entity.id));
      for (const r of path.relationships) onPath.merge(cy.getElementById(r.id));
      onPath.removeClass(HIDDEN).addClass('path');
      cy.elements().not(onPath).addClass('faded');
    });
    const added = cy.nodes('.path-only');
    if (added.nonempty()) {
      const anchor = cy.nodes('.path').not('.path-only').first();
      if (anchor.nonempty()) placeAround(anchor, added, cy.nodes().not('.path-only'));
    }
    this.#restyle();
    this.#bringIntoView(cy.elements('.path'));
  }

  /** Centres on these elements, zooming in no further than names stay at a reading size (1.5 × the opening zoom). */
  #bringIntoView(elements, margin = 60) {
    const cy = this.#cy;
    const box = elements.boundingBox();
    const fitting = Math.min((cy.width() - 2 * margin) / Math.max(box.w, 1), (cy.height() - 2 * margin) / Math.max(box.h, 1));
    const level = Math.min(fitting, 1.5 / this.#textScale, cy.maxZoom());
    cy.animate({ zoom: level, center: { eles: elements }, duration: 300 });
  }

  clearPath() {
    const cy = this.#cy;
    if (cy.elements('.path, .path-only').empty()) return;
    cy.batch(() => {
      cy.elements('.path-only').remove();
      cy.elements().removeClass('path faded');
    });
    this.#restyle();
  }

  /** Ids on the highlighted path. */
  highlighted() {
    const onPath = this.#cy.elements('.path');
    return { nodes: onPath.nodes().map((n) => n.id()).sort(), edges: onPath.edges().map((e) => e.id()).sort() };
  }

  fit() {
    const shown = this.#shown();
    this.#cy.animate({ fit: { eles: shown, padding: padding(shown.nodes().length) }, duration: 250 });
  }

  /**
   * The whole drawing (not only the part on screen) as SVG, scaled to about this width (at most twice its size).
   * Names are sized and chosen again for that scale, as they were for the screen, then put back.
   */
  svg(width) {
    const box = this.#shown().boundingBox({ includeLabels: false });
    const scale = Math.min(2, width / Math.max(box.w, 1));
    const screen = this.#textScale;
    const print = { area: box.w * box.h * scale * scale };
    this.#textScale = 1 / scale;
    this.#restyle(print);
    this.#nameNodes(print);
    try {
      return this.#cy.svg({ full: true, scale, bg: '#ffffff' });
    } finally {
      this.#textScale = screen;
      this.#restyle();
      this.#nameNodes();
    }
  }

  /**
   * The point along the edge a click surely lands on: clear of every node's body (labels take no clicks) and as far
   * as possible from every other drawn edge, so that a click there selects this edge and not a neighbour crossing it.
   */
  #clearPointOn(edge) {
    const covered = (p) => this.#cy.nodes().not(`.${HIDDEN}`).some((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      return p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4;
    });
    // Each edge as the two segments through its rendered ends and midpoint (exact for straight edges, close for bezier ones).
    const polyline = (e) => [e.renderedSourceEndpoint(), e.renderedMidpoint(), e.renderedTargetEndpoint()];
    const others = this.#cy.edges().not(`.${HIDDEN}`).not(edge).map(polyline);
    const [from, middle, to] = polyline(edge);
    const at = (t) => (t <= 0.5 ? lerp(from, middle, t * 2) : lerp(middle, to, (t - 0.5) * 2));
    const clearance = (p) => Math.min(Infinity, ...others.map(([a, b, c]) => Math.min(distanceToSegment(p, a, b), distanceToSegment(p, b, c))));
    const candidates = [];
    for (let t = 0.2; t <= 0.8001; t += 0.05) candidates.push(at(t));
    const clear = candidates.filter((p) => !covered(p));
    if (clear.length === 0) return middle;
    return clear.reduce((best, p) => (clearance(p) > clearance(best) ? p : best));
  }

  /**
   * Colours nodes by community rank (id → rank), or by kind again when ranks is null. A node the ranks leave out is in
   * a community past the ones asked for, so it takes the colour those share.
   */
  colourByCommunity(ranks) {
    this.#cy.batch(() => this.#cy.nodes().forEach((n) => {
      if (ranks) n.data('community', ranks.get(n.id()) ?? COLOURED_COMMUNITIES + 1);
      else n.removeData('community');
    }));
    this.#restyle();
  }

  /** Every drawn node's fill colour as drawn (for tests that check the colouring). */
  fills() {
    return Object.fromEntries(this.#cy.nodes().not(`.${HIDDEN}`).map((n) => [n.id(), n.style('background-color')]));
  }

  /** Each drawn node's box on the page, without its label (for tests that check nodes do not pile up). */
  nodeBoxes() {
    return this.#cy.nodes().not(`.${HIDDEN}`).map((n) => {
      const box = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      return { id: n.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
    });
  }

  /** Every drawn node's position in drawing coordinates (for tests that check an expansion moved nothing). */
  positions() {
    return Object.fromEntries(this.#cy.nodes().not(`.${HIDDEN}`).map((n) => [n.id(), { ...n.position() }]));
  }

  /** Every drawn node's width and kind (for tests that check size follows influence). */
  sizes() {
    return this.#cy.nodes().not(`.${HIDDEN}`).map((n) => ({ id: n.id(), kind: n.data('kind'), width: n.width() }));
  }

  /** Rendered sizes (px) of the node names and edge labels drawn now, for tests that check they can be read. */
  textSizes() {
    const drawn = (elements) => elements.filter((e) => e.visible() && e.style('label'))
      .map((e) => ({ size: parseFloat(e.renderedStyle('font-size')), least: parseFloat(e.style('min-zoomed-font-size')) }))
      .filter(({ size, least }) => size >= least)
      .map(({ size }) => size);
    return { names: drawn(this.#cy.nodes()), edgeLabels: drawn(this.#cy.edges()) };
  }

  /** Where an element is on the page (for tests that click on the canvas like a person would). */
  pagePositionOf(id) {
    const element = this.#cy.getElementById(id);
    if (element.empty()) return null;
    const box = this.#cy.container().getBoundingClientRect();
    const p = element.isNode() ? this.#clearPointIn(element) : this.#clearPointOn(element);
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /** The node's centre, or another point of its body when a neighbour's body covers the centre (a click there would take the neighbour). */
  #clearPointIn(node) {
    const others = this.#cy.nodes().not(`.${HIDDEN}`).not(node).map((n) => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
    const covered = (p) => others.some((b) => p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2);
    const centre = node.renderedPosition();
    const b = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    const [dx, dy] = [(b.x2 - b.x1) / 4, (b.y2 - b.y1) / 4];
    const candidates = [centre, ...[[-1, 0], [1, 0], [0, -1], [0, 1], [-1, -1], [1, 1], [-1, 1], [1, -1]].map(([i, j]) => ({ x: centre.x + i * dx, y: centre.y + j * dy }))];
    return candidates.find((p) => !covered(p)) ?? centre;
  }
}
