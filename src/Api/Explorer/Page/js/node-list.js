// The keyboard way into the drawing: an accessible list mirroring the drawn nodes. The list is one Tab stop;
// arrow keys, Home and End move within it (roving tabindex) and Enter selects the node on the canvas.

import { html, raw } from './html.js';
import { kindLook, kindSwatch } from './visuals.js';

export class NodeList {
  #list;
  #onChoose;

  constructor(list, onChoose) {
    this.#list = list;
    this.#onChoose = onChoose;
    list.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-node]');
      if (button) this.#choose(button);
    });
    list.addEventListener('keydown', (event) => this.#key(event));
  }

  render(nodes, centreId) {
    const ordered = [...nodes].sort((a, b) => (b.id === centreId) - (a.id === centreId) || b.degree - a.degree || a.label.localeCompare(b.label));
    this.#list.innerHTML = ordered.map((n, index) => html`
      <li><button type="button" data-node="${n.id}" tabindex="${index === 0 ? 0 : -1}"
          aria-label="${n.label}, ${kindLook(n.kind).label}, ${n.degree} relationship${n.degree === 1 ? '' : 's'} drawn${n.id === centreId ? ', centre' : ''}">
        ${raw(kindSwatch(n.kind))}<span class="node-name">${n.label}</span><span class="count">${n.degree}</span>
      </button></li>`).join('');
  }

  #buttons() { return [...this.#list.querySelectorAll('button[data-node]')]; }

  #choose(button) {
    for (const other of this.#buttons()) {
      other.tabIndex = -1;
      other.removeAttribute('aria-current');
    }
    button.tabIndex = 0;
    button.setAttribute('aria-current', 'true');
    this.#onChoose(button.dataset.node);
  }

  #key(event) {
    const buttons = this.#buttons();
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) return;
    const moves = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, moves[event.key]))];
    buttons[index].tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }
}
