// On a phone the drawing takes the screen and the two side panels become bottom sheets, one open at a time. The
// same markup serves the desktop columns: there the sheet buttons are not shown and the panels are always open.

const PHONE = window.matchMedia('(max-width: 760px)');

export class Sheets {
  #tabs;

  constructor(tabs) {
    this.#tabs = [...tabs.querySelectorAll('[data-open-sheet]')];
    for (const tab of this.#tabs)
      tab.addEventListener('click', () => (this.#isOpen(tab.dataset.openSheet) ? this.close() : this.open(tab.dataset.openSheet)));
    for (const button of document.querySelectorAll('[data-close-sheet]'))
      button.addEventListener('click', () => this.close());
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#openSheet()) this.close();
    });
  }

  /** True when the panels are sheets, so opening one hides part of the drawing. */
  get phone() { return PHONE.matches; }

  /** Opens a sheet on a phone (no-op on a desktop, where both panels are columns). */
  open(id) {
    if (!this.phone) return;
    for (const tab of this.#tabs) {
      const open = tab.dataset.openSheet === id;
      document.getElementById(tab.dataset.openSheet).toggleAttribute('data-open', open);
      tab.setAttribute('aria-expanded', String(open));
    }
  }

  close() {
    const sheet = this.#openSheet();
    for (const tab of this.#tabs) {
      document.getElementById(tab.dataset.openSheet).removeAttribute('data-open');
      tab.setAttribute('aria-expanded', 'false');
    }
    this.#tabs.find((tab) => tab.dataset.openSheet === sheet?.id)?.focus();
  }

  #isOpen(id) { return document.getElementById(id).hasAttribute('data-open'); }

  #openSheet() { return document.querySelector('.sheet[data-open]'); }
}
