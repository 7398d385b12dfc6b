// The path tool: both ends picked on the canvas (or set from a menu or the details panel), the k alternatives asked
// from the API, the one the view names drawn, and the panel beside the drawing kept up to date. The ends, k and the
// chosen alternative live in the view; only "which end does the next click pick" is the tool's own.

import { graphql, PATHS_QUERY } from './api.js';
import { PathPanel } from './path-panel.js';
import { pathKey, windowText, windowVariables } from './view-state.js';

const MAX_HOPS = 6;
const PICKING = {
  from: 'Click the entity the path starts from (Escape to stop).',
  to: 'Now click the entity the path ends at.',
};

export class PathTool {
  #parts;
  #graph;
  #navigate;
  #names;
  #onPicked;
  #panel;
  #hint;
  #picking = null;
  #found = null;
  #paths = null;
  #path = null;
  #error = null;
  #view = null;

  /**
   * parts: { panel, button, hint, canvas } elements; graph: the GraphView; navigate(patch, options): shows a new view;
   * names: Map id → { name, kind } of entities met so far, which the tool adds to; onPicked(): both ends are chosen.
   */
  constructor(parts, { graph, navigate, names, onPicked }) {
    this.#parts = parts;
    this.#graph = graph;
    this.#navigate = navigate;
    this.#names = names;
    this.#onPicked = onPicked;
    this.#hint = parts.hint.textContent;
    this.#panel = new PathPanel(parts.panel, {
      choose: (alt) => navigate({ alt }),
      select: (id) => navigate({ edge: id, node: null }, { pan: true }),
      count: (k) => navigate({ k, alt: 0 }),
      clear: () => {
        this.#setPicking(null);
        navigate({ from: null, to: null, alt: 0 });
      },
    });
    parts.button.addEventListener('click', () => this.#setPicking(this.#picking ? null : 'from'));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#picking) this.#setPicking(null);
    });
  }

  /** True while the next click on a node picks an end. */
  get picking() { return this.#picking !== null; }

  /** The alternative drawn, or null. */
  get path() { return this.#path; }

  get paths() { return this.#paths ?? []; }

  /** The node clicked while picking becomes the next end. */
  pick(id) {
    if (this.#picking === 'from') {
      this.#setPicking('to');
      this.#navigate({ from: id, to: null, alt: 0 });
    } else {
      this.#setPicking(null);
      this.#navigate({ to: id, alt: 0 });
      this.#onPicked();
    }
  }

  /** Asks the API for the view's alternatives (none when an end is missing); current(): this view is still wanted. */
  async find(view, current) {
    this.#found = null;
    this.#paths = null;
    this.#path = null;
    this.#error = null;
    this.#graph.clearPath();
    if (!pathKey(view)) return;
    const variables = { from: view.from, to: view.to, k: view.k, ...windowVariables(view), maxHops: MAX_HOPS };
    try {
      const { paths } = await graphql(PATHS_QUERY, variables);
      if (!current()) return;
      this.#paths = paths;
      for (const p of paths) for (const e of p.entities) this.#names.set(e.id, e);
    } catch (error) {
      this.#error = error.message;
    }
    this.#found = pathKey(view);
  }

  /** Draws the alternative the view names (the last one when it names more than were found). */
  draw(view) {
    const paths = this.paths;
    this.#path = paths.length > 0 ? paths[Math.min(view.alt, paths.length - 1)] : null;
    if (this.#path) this.#graph.highlightPath(this.#path);
    else this.#graph.clearPath();
    this.render(view);
  }

  render(view) {
    this.#view = view;
    const entity = (id) => (id ? this.#names.get(id) ?? { id, name: id, kind: '' } : null);
    const chosen = this.paths.indexOf(this.#path);
    this.#panel.render({
      from: entity(view.from),
      to: entity(view.to),
      paths: pathKey(view) === this.#found && chosen >= 0 ? this.#paths : null,
      chosen,
      k: view.k,
      message: this.#message(view),
      windowText: windowText(view),
    });
  }

  #message(view) {
    if (this.#picking) return PICKING[this.#picking];
    if (this.#error) return this.#error;
    if (!view.from || !view.to) return view.from || view.to ? 'Pick the other end: right-click an entity, or use Find a path.' : null;
    if (this.#paths && this.#paths.length === 0) return `No path of up to ${MAX_HOPS} steps in ${windowText(view)}.`;
    return null;
  }

  #setPicking(end) {
    const { button, hint, canvas } = this.#parts;
    this.#picking = end;
    // The toolbar says what to click too, since on a phone the path panel is in a closed sheet.
    hint.textContent = end ? PICKING[end] : this.#hint;
    hint.classList.toggle('picking', end !== null);
    button.setAttribute('aria-pressed', String(end !== null));
    canvas.classList.toggle('picking', end !== null);
    if (this.#view) this.render(this.#view);
  }
}
