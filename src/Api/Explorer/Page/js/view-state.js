// The whole view as a value, and its form in the URL's fragment. Every change the analyst makes produces a new view
// (pushed as a history entry), and Back, a pasted link or a saved view shows one again, so this is the only record
// of what is on screen. Lists of kinds and types are comma-separated (enum names have no commas); lists of entity
// ids repeat their key, since an id may contain any character.

// The curated relationships run from 1992 (Viet Nam joining the ILO) to planned ends in 2030; the slider spans them.
export const YEARS = Object.freeze({ min: 1990, max: 2030 });
export const DEPTHS = Object.freeze([1, 2, 3]);
/** How many entities a network may be drawn with: the API's default, then up to its limit. */
export const NETWORK_SIZES = Object.freeze([500, 1000, 2000]);
/** How many alternative paths the analyst may ask for (the API allows up to 20). */
export const PATH_COUNTS = Object.freeze([3, 5, 10]);

export const EMPTY_VIEW = Object.freeze({
  of: null,
  since: YEARS.min,
  until: YEARS.max,
  depth: 1,
  max: NETWORK_SIZES[0],
  hideKinds: Object.freeze([]),
  hideTypes: Object.freeze([]),
  node: null,
  edge: null,
  from: null,
  to: null,
  // How many paths to ask for, and which of them is drawn (0: the shortest).
  k: 3,
  alt: 0,
  // Nodes whose partners were added to the drawing, in the order the analyst expanded them.
  expand: Object.freeze([]),
  // Nodes the analyst took off the drawing.
  hide: Object.freeze([]),
  // Nodes held in place: [{ id, x, y }] in drawing coordinates.
  pin: Object.freeze([]),
  // What a node's colour says: its kind, or the community (Louvain, in the window) it belongs to.
  colour: 'kind',
});

export const COLOUR_MODES = Object.freeze(['kind', 'community']);

function year(text, fallback) {
  const value = Number(text);
  return Number.isInteger(value) && value >= YEARS.min && value <= YEARS.max ? value : fallback;
}

function names(text) {
  return text ? [...new Set(text.split(',').filter(Boolean))].sort() : [];
}

function ids(params, key) {
  return [...new Set(params.getAll(key).filter(Boolean))];
}

function pins(params) {
  const held = new Map();
  for (const text of params.getAll('pin')) {
    const at = text.lastIndexOf('@');
    const [x, y] = text.slice(at + 1).split(',').map(Number);
    if (at > 0 && Number.isFinite(x) && Number.isFinite(y)) held.set(text.slice(0, at), { id: text.slice(0, at), x, y });
  }
  return [...held.values()];
}

/** The view a fragment describes (with or without its '#'); anything missing or out of range takes its default. */
export function readView(fragment) {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const since = year(params.get('since'), EMPTY_VIEW.since);
  const until = year(params.get('until'), EMPTY_VIEW.until);
  const depth = Number(params.get('depth'));
  const k = Number(params.get('k'));
  const alt = Number(params.get('alt'));
  return {
    ...EMPTY_VIEW,
    of: params.get('of') || null,
    since: Math.min(since, until),
    until: Math.max(since, until),
    depth: DEPTHS.includes(depth) ? depth : EMPTY_VIEW.depth,
    max: NETWORK_SIZES.includes(Number(params.get('max'))) ? Number(params.get('max')) : EMPTY_VIEW.max,
    hideKinds: names(params.get('nokind')),
    hideTypes: names(params.get('notype')),
    node: params.get('node') || null,
    edge: params.get('node') ? null : params.get('edge') || null,
    from: params.get('from') || null,
    to: params.get('to') || null,
    k: PATH_COUNTS.includes(k) ? k : EMPTY_VIEW.k,
    alt: Number.isInteger(alt) && alt > 0 ? alt : 0,
    expand: ids(params, 'expand'),
    hide: ids(params, 'hide'),
    pin: pins(params),
    colour: COLOUR_MODES.includes(params.get('colour')) ? params.get('colour') : EMPTY_VIEW.colour,
  };
}

/** The fragment (without '#') for a view; defaults are left out, so links stay short. */
export function writeView(view) {
  const params = new URLSearchParams();
  if (view.of) params.set('of', view.of);
  params.set('since', String(view.since));
  params.set('until', String(view.until));
  if (view.depth !== EMPTY_VIEW.depth) params.set('depth', String(view.depth));
  if (view.max !== EMPTY_VIEW.max) params.set('max', String(view.max));
  if (view.hideKinds.length > 0) params.set('nokind', [...view.hideKinds].sort().join(','));
  if (view.hideTypes.length > 0) params.set('notype', [...view.hideTypes].sort().join(','));
  if (view.node) params.set('node', view.node);
  else if (view.edge) params.set('edge', view.edge);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.k !== EMPTY_VIEW.k) params.set('k', String(view.k));
  if (view.alt > 0) params.set('alt', String(view.alt));
  for (const id of view.expand) params.append('expand', id);
  for (const id of [...view.hide].sort()) params.append('hide', id);
  for (const p of [...view.pin].sort((a, b) => a.id.localeCompare(b.id))) params.append('pin', `${p.id}@${Math.round(p.x)},${Math.round(p.y)}`);
  if (view.colour !== EMPTY_VIEW.colour) params.set('colour', view.colour);
  return params.toString();
}

/** The window as the API takes it. */
export function windowVariables(view) {
  return { since: String(view.since), until: String(view.until) };
}

/** The window as an analyst reads it: "2020–2026". */
export function windowText(view) {
  return `${view.since}–${view.until}`;
}

export function sameView(a, b) {
  return writeView(a) === writeView(b);
}

/** What decides which network is fetched: views that agree on it share one drawing. */
export function networkKey(view) {
  return JSON.stringify([view.of, view.since, view.until, view.depth, view.max]);
}

/** What decides which nodes are shown: ticked kinds and types, and the nodes hidden one by one. */
export function filtersKey(view) {
  return JSON.stringify([view.hideKinds, view.hideTypes, [...view.hide].sort()]);
}

/** What decides which path is asked for. */
export function pathKey(view) {
  return view.from && view.to ? JSON.stringify([view.from, view.to, view.since, view.until, view.k]) : null;
}
