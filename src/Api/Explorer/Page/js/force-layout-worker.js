// Lays out a large drawing off the page's thread with d3-force, so the page stays responsive, reports progress and
// can be stopped (the page terminates the worker). fCoSE took about 8 s for 2,000 nodes on the page's thread; this
// takes a fraction of that and, with its collision force, leaves nodes clear of each other.
//
// In:  { nodes: [{ id, size (the box's diagonal), x?, y?, fixed }], edges: [{ source, target }] }, nodes sorted by id (d3-force's own
//      random source is seeded, so the same input always gives the same picture).
// Out: { progress: 0..1 } now and then, then { positions: Float64Array [x0, y0, x1, y1, ...] } in input order.

importScripts('/explore/lib/d3-dispatch.min.js', '/explore/lib/d3-quadtree.min.js', '/explore/lib/d3-timer.min.js', '/explore/lib/d3-force.min.js');

const TICKS = 300;
/** Ticks with only the collision force at the end, to part the nodes the last settling left touching. */
const PARTING_TICKS = 40;
const GAP = 3;

self.onmessage = ({ data: { nodes, edges } }) => {
  for (const n of nodes) if (n.fixed) [n.fx, n.fy] = [n.x, n.y];
  const radius = (n) => n.size / 2 + GAP;
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(edges).id((n) => n.id).distance((l) => 24 + radius(l.source) + radius(l.target)))
    .force('charge', d3.forceManyBody().strength(-45).distanceMax(500))
    .force('collide', d3.forceCollide(radius).iterations(2))
    .force('x', d3.forceX().strength(0.03))
    .force('y', d3.forceY().strength(0.03))
    .stop();
  for (let i = 0; i < TICKS; i++) {
    simulation.tick();
    if (i % 15 === 0) self.postMessage({ progress: i / (TICKS + PARTING_TICKS) });
  }
  simulation.force('link', null).force('charge', null).force('x', null).force('y', null).alpha(0.3);
  for (let i = 0; i < PARTING_TICKS; i++) simulation.tick();
  const positions = new Float64Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    positions[2 * i] = n.x;
    positions[2 * i + 1] = n.y;
  });
  self.postMessage({ positions }, [positions.buffer]);
};
