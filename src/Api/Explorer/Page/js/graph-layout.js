// Where nodes go: fCoSE for a drawing of up to BIG nodes (seeded, so the same network always comes out the same
// way), d3-force in a worker for larger ones (the page stays responsive, shows progress and can stop it), rings
// around a node for the partners an expansion adds (so nothing already drawn moves), and a quarter turn when the
// drawing's shape does not match the view's.

import { BIG } from './visuals.js';

cytoscape.use(cytoscapeFcose);

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

export function padding(count) { return count > BIG ? 20 : 40; }

/** Stops a layout the analyst cancelled. */
export class LayoutCancelled extends Error {
  constructor() {
    super('The drawing was cancelled.');
    this.name = 'LayoutCancelled';
  }
}

/**
 * Lays out the shown elements and fits them to the view; pinned nodes (ids) keep their positions. randomize: start
 * afresh (a new network) rather than from where nodes are (an expansion). onProgress(0..1) and signal (an
 * AbortSignal) serve large drawings, which take long enough to watch and to stop.
 */
export function layOut(shown, { randomize, pinned, onProgress = () => {}, signal = undefined }) {
  const count = shown.nodes().length;
  if (count === 0) return Promise.resolve();
  if (count > BIG) return layOutInWorker(shown, { randomize, pinned, onProgress, signal });
  const fixed = shown.nodes().filter((n) => pinned.has(n.id())).map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  const options = count < 3
    ? { name: 'grid', fit: true, padding: 80, animate: false }
    : {
      name: 'fcose',
      quality: 'proof',
      randomize,
      animate: false,
      fit: true,
      padding: padding(count),
      nodeDimensionsIncludeLabels: true,
      packComponents: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 110,
      edgeElasticity: () => 0.45,
      nodeSeparation: 90,
      gravity: 0.25,
      numIter: 2500,
      ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
    };
  return new Promise((resolve) => {
    const layout = shown.layout(options);
    layout.one('layoutstop', () => {
      // fCoSE honours fixed nodes only to a few units; held nodes must not move at all.
      for (const { nodeId, position } of fixed) shown.getElementById(nodeId).position(position);
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

function layOutInWorker(shown, { randomize, pinned, onProgress, signal }) {
  const nodes = shown.nodes().sort((a, b) => (a.id() < b.id() ? -1 : 1));
  const input = {
    nodes: nodes.map((n) => ({
      id: n.id(),
      // The diagonal of the node's box: circles that far apart leave even square nodes' corners clear.
      size: Math.hypot(n.outerWidth(), n.outerHeight()),
      fixed: pinned.has(n.id()),
      ...(randomize && !pinned.has(n.id()) ? {} : n.position()),
    })),
    edges: shown.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker('/explore/js/force-layout-worker.js');
    const cancel = () => {
      worker.terminate();
      reject(new LayoutCancelled());
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(`The layout failed: ${event.message}`));
    };
    worker.onmessage = ({ data }) => {
      if (data.progress !== undefined) {
        onProgress(data.progress);
        return;
      }
      done();
      shown.cy().batch(() => nodes.forEach((n, i) => n.position({ x: data.positions[2 * i], y: data.positions[2 * i + 1] })));
      shown.cy().fit(shown, padding(nodes.length));
      resolve();
    };
    worker.postMessage(input);
  });
}

/** A landscape layout on a portrait view (or the reverse) is turned a quarter, so it fills the view. */
export function orient(cy, shown) {
  const box = shown.boundingBox({ includeLabels: false });
  const view = cy.width() / Math.max(1, cy.height());
  const drawing = box.w / Math.max(1, box.h);
  if ((view < 1) === (drawing < 1) || Math.abs(Math.log(view / drawing)) < 0.4) return;
  shown.nodes().positions((n) => ({ x: -n.position('y'), y: n.position('x') }));
  cy.fit(shown, padding(shown.nodes().length));
}

const RING_GAP = 70;
const NODE_GAP = 55;

/**
 * Places nodes new to the drawing on rings around the node they were expanded from, on the side facing away from the
 * rest of the drawing, nearest ring first. Deterministic: the same expansion gives the same picture.
 */
export function placeAround(anchor, added, drawn) {
  const origin = anchor.position();
  const box = drawn.boundingBox({ includeLabels: false });
  const away = Math.atan2(origin.y - (box.y1 + box.y2) / 2, origin.x - (box.x1 + box.x2) / 2) || 0;
  const nodes = added.sort((a, b) => a.id().localeCompare(b.id()));
  let placed = 0;
  for (let ring = 1; placed < nodes.length; ring++) {
    const radius = RING_GAP * (ring + 1);
    // Inner rings fan out over half a turn away from the drawing; once that is full, they close the circle.
    const arc = ring === 1 ? Math.PI : 2 * Math.PI;
    const room = Math.max(1, Math.floor((arc * radius) / NODE_GAP));
    const here = Math.min(room, nodes.length - placed);
    for (let i = 0; i < here; i++) {
      const angle = away + (here === 1 ? 0 : arc * (i / (arc === Math.PI ? here - 1 : here) - 0.5));
      nodes[placed + i].position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
    }
    placed += here;
  }
}
