// The centre-entity search: a combobox over the API's search (case- and diacritics-insensitive, aliases too),
// operable with arrow keys, Enter and Escape as the ARIA combobox pattern describes.

import { graphql, SEARCH_QUERY } from './api.js';
import { html, raw } from './html.js';
import { kindLook, kindSwatch } from './visuals.js';

const DEBOUNCE_MS = 200;

export class SearchBox {
  #input;
  #list;
  #onPick;
  #results = [];
  #active = -1;
  #timer = 0;
  #sequence = 0;

  constructor(input, list, onPick) {
    this.#input = input;
    this.#list = list;
    this.#onPick = onPick;
    input.addEventListener('input', () => this.#schedule());
    input.addEventListener('keydown', (event) => this.#key(event));
    input.addEventListener('blur', () => setTimeout(() => this.#close(), 150));
    list.addEventListener('mousedown', (event) => event.preventDefault());
    list.addEventListener('click', (event) => {
      const option = event.target.closest('[role=option]');
      if (option) this.#pick(Number(option.dataset.index));
    });
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#search(), DEBOUNCE_MS);
  }

  async #search() {
    const text = this.#input.value.trim();
    const sequence = ++this.#sequence;
    if (text.length === 0) {
      this.#close();
      return;
    }
    let results;
    try {
      results = (await graphql(SEARCH_QUERY, { text, first: 12 })).search;
    } catch (error) {
      results = [];
      this.#renderMessage(error.message);
      return;
    }
    if (sequence !== this.#sequence) return;
    this.#results = results;
    this.#active = results.length > 0 ? 0 : -1;
    this.#render();
  }

  #renderMessage(text) {
    this.#list.innerHTML = html`<li class="search-empty" role="presentation">${text}</li>`.toString();
    this.#open();
  }

  #render() {
    if (this.#results.length === 0) {
      this.#renderMessage('No entity matches.');
      return;
    }
    this.#list.innerHTML = this.#results.map((entity, index) => html`
      <li role="option" id="search-option-${index}" data-index="${index}" data-id="${entity.id}" aria-selected="${index === this.#active}">
        ${raw(kindSwatch(entity.kind))}
        <span class="option-name">${entity.name}</span>
        <span class="option-kind">${kindLook(entity.kind).label}</span>
      </li>`).join('');
    this.#open();
    this.#input.setAttribute('aria-activedescendant', `search-option-${this.#active}`);
  }

  #open() {
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  #close() {
    this.#list.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
  }

  #move(step) {
    if (this.#results.length === 0) return;
    this.#active = (this.#active + step + this.#results.length) % this.#results.length;
    this.#render();
    document.getElementById(`search-option-${this.#active}`)?.scrollIntoView({ block: 'nearest' });
  }

  #key(event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (this.#list.hidden && this.#results.length > 0) this.#render(); else this.#move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.#move(-1);
        break;
      case 'Enter':
        event.preventDefault();
        if (!this.#list.hidden && this.#active >= 0) this.#pick(this.#active);
        break;
      case 'Escape':
        this.#close();
        break;
      default:
        break;
    }
  }

  #pick(index) {
    const entity = this.#results[index];
    if (!entity) return;
    this.#close();
    this.#input.value = entity.name;
    this.#onPick(entity);
  }
}
