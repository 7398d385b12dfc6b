// How kinds and relationship types look. The kinds and types themselves come from the schema (introspection);
// this table only gives each a look, with a neutral fallback for any the ontology adds later.

const KIND_LOOKS = {
  COUNTRY: { colour: '#1f6fb2', shape: 'ellipse', label: 'Country' },
  ORGANIZATION: { colour: '#148f77', shape: 'hexagon', label: 'Organisation' },
  MINISTRY: { colour: '#4aa3df', shape: 'round-rectangle', label: 'Ministry or body' },
  PERSON: { colour: '#e08e0b', shape: 'ellipse', label: 'Person', small: true },
  ILO_CONVENTION: { colour: '#a55ca5', shape: 'diamond', label: 'ILO convention' },
  TRADE_AGREEMENT: { colour: '#c8553d', shape: 'tag', label: 'Trade agreement' },
  AGREEMENT: { colour: '#6c5ce7', shape: 'round-rectangle', label: 'Agreement or MoU', square: true },
  EVENT: { colour: '#7f8c3a', shape: 'star', label: 'Event' },
  LEGAL_INSTRUMENT: { colour: '#b9770e', shape: 'round-tag', label: 'Law, plan or declaration' },
};
const FALLBACK_KIND = { colour: '#7a8691', shape: 'ellipse' };

const TYPE_COLOURS = {
  COOPERATES_WITH: '#1f6fb2',
  FUNDS: '#148f77',
  SIGNED: '#6c5ce7',
  PARTY_TO: '#c8553d',
  PARTICIPATED_IN: '#7f8c3a',
  HOSTED: '#9a7d0a',
  HOLDS_POSITION: '#e08e0b',
  PART_OF: '#8896a4',
  MEMBER_OF: '#5d6d7e',
  RATIFIED: '#a55ca5',
  SIGNED_DURING: '#8e44ad',
  ADOPTED: '#b9770e',
  REFERS_TO: '#95a5a6',
};
const FALLBACK_TYPE_COLOUR = '#8896a4';

// Communities by rank (1 = largest): ten colours told apart with colour-blindness too (Tableau 10 without its grey);
// communities past the tenth share the neutral one.
const COMMUNITY_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf'];
const OTHER_COMMUNITY_COLOUR = '#c3ccd5';

/** How many communities get a colour of their own. */
export const COLOURED_COMMUNITIES = COMMUNITY_COLOURS.length;

export function communityColour(rank) {
  return COMMUNITY_COLOURS[rank - 1] ?? OTHER_COMMUNITY_COLOUR;
}

/** A legend swatch for a community: its colour in a circle. */
export function communitySwatch(rank) {
  return `<svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="6" fill="${communityColour(rank)}"/></svg>`;
}

export function kindLook(kind) {
  const look = KIND_LOOKS[kind] ?? FALLBACK_KIND;
  return { ...look, label: look.label ?? humanise(kind) };
}

export function typeColour(type) {
  return TYPE_COLOURS[type] ?? FALLBACK_TYPE_COLOUR;
}

/** 2000 -> "2,000": counts as the page writes them. */
export function count(n) {
  return n.toLocaleString('en');
}

/** COOPERATES_WITH -> "cooperates with"; quotedFrom -> "quoted from". */
export function humanise(constant) {
  return constant.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replaceAll('_', ' ');
}

/** The relationship's dates as the server reads them: "since 2016" only for a stated start, "by 2023 (start not stated)" otherwise. */
export function edgeLabel(edge) {
  return `${humanise(edge.type)} · ${edge.when}`;
}

/** A small SVG of a kind's shape and colour, for the legend and the filters. */
export function kindSwatch(kind) {
  const { colour, shape } = kindLook(kind);
  const paths = {
    ellipse: '<circle cx="9" cy="9" r="7"/>',
    hexagon: '<polygon points="4.5,2 13.5,2 17,9 13.5,16 4.5,16 1,9"/>',
    'round-rectangle': '<rect x="1.5" y="3.5" width="15" height="11" rx="3"/>',
    diamond: '<polygon points="9,1 17,9 9,17 1,9"/>',
    tag: '<path d="M2 4h10l5 5-5 5H2z"/>',
    star: '<polygon points="9,1 11.2,6.6 17,6.9 12.5,10.6 14,16.5 9,13.2 4,16.5 5.5,10.6 1,6.9 6.8,6.6"/>',
  };
  return `<svg class="swatch" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true" focusable="false">`
    + `<g fill="${colour}" stroke="#fff" stroke-width="1">${paths[shape] ?? paths.ellipse}</g></svg>`;
}

export function typeSwatch(type) {
  return `<svg class="swatch" viewBox="0 0 22 10" width="22" height="10" aria-hidden="true" focusable="false">`
    + `<line x1="1" y1="5" x2="21" y2="5" stroke="${typeColour(type)}" stroke-width="3" stroke-linecap="round"/></svg>`;
}

/** Text sizes, in screen pixels, that labels have at the zoom the drawing opens at (after fitting it to the view). */
const NODE_TEXT_PX = 12;
const CENTRE_TEXT_PX = 13;
const EDGE_TEXT_PX = 10;
/** Names longer than this are cut with an ellipsis (the hover card and the details give them whole): one line each. */
const NAME_WIDTH_PX = 170;
/** Above this many nodes, nodes and lines are drawn smaller and lighter. */
export const BIG = 150;

/**
 * The Cytoscape stylesheet. Label sizes are written in screen pixels at the opening zoom: `textScale` is one over
 * that zoom (a number, not a function: Cytoscape measures a label again only when its style's definition changes), so a network fitted at half size still opens with 12 px names instead of 6 px ones. Only nodes marked
 * `named` (as many as the view has room for) are named at that zoom; the others' names appear at twice the zoom.
 * Edge labels are drawn when `labelEdges`, otherwise only on the selected edge, the path and under the pointer.
 * `print`: for the report figure, where only named nodes are named and labels sit on a white outline (the SVG
 * exporter cannot draw label backgrounds).
 */
export function stylesheet(nodeCount, textScale, labelEdges, print = false) {
  const big = nodeCount > BIG;
  const px = (size) => size * textScale;
  // Size says influence: data('weight') is the square root of the node's score over the largest one drawn (0 to 1).
  const base = big ? 14 : 22;
  const growth = big ? 22 : 34;
  const side = (n, squash) => {
    const look = kindLook(n.data('kind'));
    return (look.small ? base * 0.75 : base * (look.square ? squash : 1)) + growth * (n.data('weight') ?? 0);
  };
  return [
    {
      selector: 'node',
      style: {
        // data('community') is set only when the view colours by community; the shape still says the kind.
        'background-color': (n) => (n.data('community') ? communityColour(n.data('community')) : kindLook(n.data('kind')).colour),
        shape: (n) => kindLook(n.data('kind')).shape,
        width: (n) => side(n, 1),
        height: (n) => side(n, 0.8),
        label: 'data(label)',
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': px(NODE_TEXT_PX / 2),
        'min-zoomed-font-size': NODE_TEXT_PX - 1,
        color: '#1d2733',
        'text-valign': 'bottom',
        'text-margin-y': px(3),
        'text-wrap': 'ellipsis',
        'text-max-width': px(NAME_WIDTH_PX),
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': px(1.5),
        'text-background-shape': 'round-rectangle',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-padding': 4,
      },
    },
    { selector: 'node.named', style: { 'font-size': px(NODE_TEXT_PX), 'min-zoomed-font-size': 5, 'z-index': 10 } },
    {
      selector: 'node.centre',
      style: { 'border-width': 4, 'border-color': '#0b1f33', 'font-size': px(CENTRE_TEXT_PX), 'z-index': 20, 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'edge',
      style: {
        width: big ? 1 : 1.6,
        'line-color': (e) => typeColour(e.data('type')),
        'target-arrow-color': (e) => typeColour(e.data('type')),
        'target-arrow-shape': (e) => (e.data('type') === 'COOPERATES_WITH' ? 'none' : 'triangle'),
        'arrow-scale': 0.7,
        // Straight, arrowless lines are what keeps panning fluid at a few thousand relationships.
        'curve-style': big ? 'haystack' : 'bezier',
        opacity: big ? 0.4 : 0.75,
        label: labelEdges ? 'data(label)' : '',
        'font-size': px(EDGE_TEXT_PX),
        color: '#4a5866',
        'text-rotation': 'autorotate',
        'text-background-color': '#f7f9fb',
        'text-background-opacity': 0.9,
        'text-background-padding': px(1),
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f39c12', 'z-index': 30 } },
    { selector: 'edge:selected', style: { width: 4, opacity: 1, 'line-color': '#f39c12', 'target-arrow-color': '#f39c12', label: 'data(label)', 'z-index': 30 } },
    { selector: 'edge.hover', style: { label: 'data(label)', opacity: 1, 'z-index': 35 } },
    { selector: 'node.faded', style: { opacity: 0.18, 'text-opacity': 0.1 } },
    { selector: 'edge.faded', style: { opacity: 0.08, 'text-opacity': 0 } },
    { selector: 'node.path', style: { 'font-size': px(NODE_TEXT_PX), 'border-width': 5, 'border-color': '#e4002b', opacity: 1, 'text-opacity': 1, 'z-index': 40, 'min-zoomed-font-size': 0 } },
    {
      selector: 'edge.path',
      style: { width: 5, opacity: 1, 'line-color': '#e4002b', 'target-arrow-color': '#e4002b', label: 'data(label)', color: '#8a0019', 'text-opacity': 1, 'z-index': 40, 'min-zoomed-font-size': 0 },
    },
    { selector: '.path-only', style: { 'border-style': 'dashed' } },
    ...(print ? [
      { selector: 'node, edge', style: { 'text-background-opacity': 0, 'text-outline-color': '#ffffff', 'text-outline-width': px(2), 'text-outline-opacity': 0.9 } },
      { selector: 'node', style: { label: '' } },
      { selector: 'node.named, node.path, node.centre', style: { label: 'data(label)' } },
    ] : []),
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#0b1f33', 'border-style': 'double' } },
    { selector: 'node.pinned', style: { 'outline-width': 2, 'outline-color': '#0b1f33', 'outline-offset': 2 } },
  ];
}
