// A small menu at the pointer (right click or long press on a node): arrow keys move, Enter or a click runs an item,
// Escape or a click elsewhere closes it and gives the focus back.

import { html } from './html.js';

export class ContextMenu {
  #menu;
  #items = [];
  #returnFocus = null;

  constructor(menu) {
    this.#menu = menu;
    menu.addEventListener('click', (event) => {
      const item = event.target.closest('[role=menuitem]');
      if (item && !item.disabled) this.#run(Number(item.dataset.index));
    });
    menu.addEventListener('keydown', (event) => this.#key(event));
    document.addEventListener('pointerdown', (event) => { if (!menu.contains(event.target)) this.close(); }, true);
    window.addEventListener('resize', () => this.close());
  }

  get open() { return !this.#menu.hidden; }

  /** items: [{ label, action, disabled }]; title: what the menu is about. */
  show(title, items, { x, y }) {
    this.#items = items;
    this.#returnFocus = document.activeElement;
    this.#menu.innerHTML = html`<p class="menu-title">${title}</p>${items.map((item, index) => html`
      <button type="button" role="menuitem" data-index="${index}" tabindex="-1" ${item.disabled ? 'disabled' : ''}>${item.label}</button>`)}`.toString();
    this.#menu.hidden = false;
    const box = this.#menu.getBoundingClientRect();
    this.#menu.style.left = `${Math.max(4, Math.min(x, window.innerWidth - box.width - 4))}px`;
    this.#menu.style.top = `${Math.max(4, Math.min(y, window.innerHeight - box.height - 4))}px`;
    this.#enabled()[0]?.focus();
  }

  close() {
    if (this.#menu.hidden) return;
    this.#menu.hidden = true;
    if (this.#menu.contains(document.activeElement)) this.#returnFocus?.focus?.();
  }

  #enabled() { return [...this.#menu.querySelectorAll('[role=menuitem]:not(:disabled)')]; }

  #run(index) {
    this.close();
    this.#items[index]?.action();
  }

  #key(event) {
    const items = this.#enabled();
    const index = items.indexOf(document.activeElement);
    const moves = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      items[(moves[event.key] + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      this.close();
    }
  }
}
