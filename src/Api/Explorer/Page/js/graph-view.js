// The drawing: Cytoscape with the fCoSE layout. Holds what is drawn, applies the kind and type filters by hiding
// elements (so the analyst's mental map survives a filter change), and highlights a path.

import { namesWithRoom } from './label-room.js';
import { BIG, edgeLabel, stylesheet } from './visuals.js';

cytoscape.use(cytoscapeFcose);

const HIDDEN = 'hidden';
/** Screen area one edge label needs at the opening zoom; fewer edges than the view has room for are labelled. */
const AREA_PER_EDGE_LABEL = 9000;
/** Only this many of the most important nodes are tried for a name at the opening zoom (the rest cannot fit). */
const NAME_CANDIDATES = 300;

/** A small seeded generator (mulberry32), so the same network is laid out the same way every time. */
function seededRandom(text) {
  let seed = 2166136261;
  for (let i = 0; i < text.length; i++) seed = Math.imul(seed ^ text.charCodeAt(i), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class GraphView {
  #cy;
  #centre = null;
  #onSelect;
  #textScale = 1;
  #counts = { nodes: 0, edges: 0 };

  /** onSelect({ group: 'nodes' | 'edges', id }) or onSelect(null) when the background is clicked. */
  constructor(container, onSelect) {
    this.#onSelect = onSelect;
    this.#cy = cytoscape({
      container,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.#restyle();
    this.#cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    this.#cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
    this.#cy.on('tap', 'node, edge', (event) => this.#onSelect({ group: event.target.group(), id: event.target.id() }));
    this.#cy.on('tap', (event) => { if (event.target === this.#cy) this.#onSelect(null); });
  }

  get cy() { return this.#cy; }

  // Cytoscape keeps a label's drawn image while its style definitions stay the same, even when a class change gives
  // it another font size; so every change of which nodes are named or on the path ends with a new stylesheet.
  #restyle() {
    const labelEdges = this.#counts.edges <= this.#area() / AREA_PER_EDGE_LABEL;
    this.#cy.style([...stylesheet(this.#counts.nodes, this.#textScale, labelEdges), { selector: `.${HIDDEN}`, style: { display: 'none' } }]);
  }

  #area() { return this.#cy.width() * this.#cy.height(); }

  /** Names the most important nodes whose names fit without covering another name or node; the centre always. */
  #nameNodes() {
    const shown = this.#cy.nodes().not(`.${HIDDEN}`);
    const candidates = shown.sort((a, b) => b.degree() - a.degree()).slice(0, NAME_CANDIDATES);
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
    })), [...bodies.values()]);
    this.#cy.batch(() => candidates.filter((n) => !named.has(n.id())).removeClass('named'));
  }

  /** A landscape layout on a portrait screen (or the reverse) is turned a quarter, so it fills the view. */
  #orient(shown) {
    const box = shown.boundingBox({ includeLabels: false });
    const view = this.#cy.width() / Math.max(1, this.#cy.height());
    const drawing = box.w / Math.max(1, box.h);
    if ((view < 1) === (drawing < 1) || Math.abs(Math.log(view / drawing)) < 0.4) return;
    shown.nodes().positions((n) => ({ x: -n.position('y'), y: n.position('x') }));
    this.#cy.fit(shown, this.#padding(shown.nodes().length));
  }

  #padding(count) { return count > BIG ? 20 : 40; }

  /** Labels are sized for the zoom the layout fitted the drawing to, so they open at a readable size. */
  #scaleText() {
    this.#textScale = 1 / this.#cy.zoom();
    this.#restyle();
    this.#nameNodes();
    this.#restyle();
  }

  /** Replaces the drawing with this network; resolves when the layout has settled. */
  async draw(network, centreId, filters) {
    const cy = this.#cy;
    this.#centre = centreId;
    cy.elements().remove();
    this.#counts = { nodes: network.nodes.length, edges: network.edges.length };
    this.#restyle();
    cy.add([
      ...network.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, kind: n.kind, label: n.name }, classes: n.id === centreId ? 'centre' : '' })),
      ...network.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.from.id, target: e.to.id, type: e.type, label: edgeLabel(e) } })),
    ]);
    this.#applyFilters(filters);
    await this.#layout(true);
  }

  /** Shows only the kinds and types ticked; a node left without a shown edge is hidden too, except the centre. */
  async filter(filters) {
    this.#applyFilters(filters);
    await this.#layout(false);
  }

  #applyFilters({ kinds, types }) {
    const cy = this.#cy;
    cy.batch(() => {
      cy.elements().removeClass(HIDDEN);
      cy.nodes().filter((n) => !kinds.has(n.data('kind'))).addClass(HIDDEN);
      cy.edges().filter((e) => !types.has(e.data('type')) || e.source().hasClass(HIDDEN) || e.target().hasClass(HIDDEN)).addClass(HIDDEN);
      cy.nodes().filter((n) => n.id() !== this.#centre && !n.hasClass('path-only') && n.connectedEdges().not(`.${HIDDEN}`).empty()).addClass(HIDDEN);
    });
  }

  #layout(randomize) {
    const cy = this.#cy;
    const shown = cy.elements().not(`.${HIDDEN}`);
    const count = shown.nodes().length;
    if (count === 0) return Promise.resolve();
    const big = count > BIG;
    const options = count < 3
      ? { name: 'grid', fit: true, padding: 80, animate: false }
      : {
        name: 'fcose',
        quality: big ? 'default' : 'proof',
        randomize,
        animate: false,
        fit: true,
        padding: this.#padding(count),
        nodeDimensionsIncludeLabels: !big,
        packComponents: true,
        nodeRepulsion: () => (big ? 16000 : 9000),
        idealEdgeLength: () => (big ? 70 : 110),
        edgeElasticity: () => 0.45,
        nodeSeparation: big ? 60 : 90,
        gravity: big ? 0.2 : 0.25,
        numIter: 2500,
      };
    return new Promise((resolve) => {
      const layout = shown.layout(options);
      layout.one('layoutstop', () => {
        if (randomize) this.#orient(shown);
        this.#scaleText();
        resolve();
      });
      // fCoSE starts from random positions; a seed from what is drawn gives the analyst the same picture each time.
      const random = Math.random;
      Math.random = seededRandom(shown.map((e) => e.id()).join('|'));
      try {
        layout.run();
      } finally {
        Math.random = random;
      }
    });
  }

  /** Ids of the nodes and edges now visible, sorted: what the analyst sees. */
  drawn() {
    const visible = this.#cy.elements().not(`.${HIDDEN}`);
    return {
      nodes: visible.nodes().map((n) => n.id()).sort(),
      edges: visible.edges().map((e) => e.id()).sort(),
    };
  }

  visibleNodes() {
    return this.#cy.nodes().not(`.${HIDDEN}`).map((n) => ({ id: n.id(), kind: n.data('kind'), label: n.data('label'), degree: n.connectedEdges().not(`.${HIDDEN}`).length }));
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
      for (const entity of path.entities) {
        if (cy.getElementById(entity.id).empty())
          cy.add({ group: 'nodes', data: { id: entity.id, kind: entity.kind, label: entity.name }, classes: 'path-only' });
      }
      for (const r of path.relationships) {
        if (cy.getElementById(r.id).empty())
          cy.add({ group: 'edges', data: { id: r.id, source: r.from.id, target: r.to.id, type: r.type, label: edgeLabel(r) }, classes: 'path-only' });
      }
      const onPath = cy.collection();
      for (const entity of path.entities) onPath.merge(cy.getElementById(entity.id));
      for (const r of path.relationships) onPath.merge(cy.getElementById(r.id));
      onPath.removeClass(HIDDEN).addClass('path');
      cy.elements().not(onPath).addClass('faded');
    });
    const added = cy.elements('.path-only');
    if (added.nonempty()) {
      const anchor = cy.nodes('.path').not('.path-only').first();
      const centre = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      added.nodes().forEach((n, i) => n.position({ x: centre.x + 80 * Math.cos(i), y: centre.y + 80 * Math.sin(i) + 60 }));
    }
    this.#restyle();
    this.#bringIntoView(cy.elements('.path'));
  }

  /** Centres on these elements, zooming in no further than names stay at a reading size (1.5 × the opening zoom). */
  #bringIntoView(elements, padding = 60) {
    const cy = this.#cy;
    const box = elements.boundingBox();
    const fitting = Math.min((cy.width() - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1));
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

  fit() { this.#cy.animate({ fit: { eles: this.#cy.elements().not(`.${HIDDEN}`), padding: 40 }, duration: 250 }); }

  /** The current view as a PNG blob at twice the screen's resolution, on white. */
  png() { return this.#cy.png({ output: 'blob-promise', bg: '#ffffff', full: false, scale: 2 }); }

  /** The edge's midpoint, or a point nearer one end when a node covers the midpoint. */
  #clearPointOn(edge) {
    const covered = (p) => this.#cy.nodes().not(`.${HIDDEN}`).some((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true });
      return p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4;
    });
    const middle = edge.renderedMidpoint();
    if (!covered(middle)) return middle;
    const from = edge.renderedSourceEndpoint();
    const to = edge.renderedTargetEndpoint();
    const along = (t) => ({ x: middle.x + (t < 0.5 ? from.x - middle.x : to.x - middle.x) * Math.abs(0.5 - t) * 2, y: middle.y + (t < 0.5 ? from.y - middle.y : to.y - middle.y) * Math.abs(0.5 - t) * 2 });
    return [0.35, 0.65, 0.25, 0.75].map(along).find((p) => !covered(p)) ?? middle;
  }

  /** Each drawn node's box on the page, without its label (for tests that check nodes do not pile up). */
  nodeBoxes() {
    return this.#cy.nodes().not(`.${HIDDEN}`).map((n) => {
      const box = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      return { id: n.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
    });
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
    const p = element.isNode() ? element.renderedPosition() : this.#clearPointOn(element);
    return { x: box.left + p.x, y: box.top + p.y };
  }
}
