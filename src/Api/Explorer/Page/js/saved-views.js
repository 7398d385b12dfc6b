// Named views kept in this browser (localStorage): each is a name and the view's URL fragment, so opening one is
// following a link, and Back returns from it like from any other view.

import { html } from './html.js';

const KEY = 'kg-explorer.saved-views';

function read() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((v) => typeof v?.name === 'string' && typeof v?.fragment === 'string') : [];
  } catch {
    return [];
  }
}

export class SavedViews {
  #form;
  #list;
  #current;

  /** current(): the fragment of the view on screen now. */
  constructor(form, list, current) {
    this.#form = form;
    this.#list = list;
    this.#current = current;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = form.elements.name.value.trim();
      if (!name) return;
      this.#write([...read().filter((v) => v.name !== name), { name, fragment: this.#current() }]);
      form.elements.name.value = '';
    });
    list.addEventListener('click', (event) => {
      const name = event.target.closest('[data-forget]')?.dataset.forget;
      if (name !== undefined) this.#write(read().filter((v) => v.name !== name));
    });
    this.#render();
  }

  #write(views) {
    localStorage.setItem(KEY, JSON.stringify(views.sort((a, b) => a.name.localeCompare(b.name))));
    this.#render();
  }

  #render() {
    const views = read();
    this.#list.innerHTML = views.length === 0
      ? html`<li class="hint">No saved views yet.</li>`.toString()
      : views.map((v) => html`<li><a href="#${v.fragment}" data-saved-view="${v.name}">${v.name}</a>
          <button type="button" class="link forget" data-forget="${v.name}" aria-label="Forget ${v.name}">Forget</button></li>`).join('');
  }
}
