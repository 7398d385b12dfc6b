// The year window: two native range inputs over one track (each keyboard operable with arrows, Page keys, Home and
// End), kept in order, redrawing after the hand rests for a moment.

const SETTLE_MS = 250;

export class YearRange {
  #since;
  #until;
  #output;
  #fill;
  #onChange;
  #timer = 0;

  constructor(since, until, output, fill, onChange) {
    this.#since = since;
    this.#until = until;
    this.#output = output;
    this.#fill = fill;
    this.#onChange = onChange;
    since.addEventListener('input', () => this.#moved(since));
    until.addEventListener('input', () => this.#moved(until));
    this.#paint();
  }

  value() { return [Number(this.#since.value), Number(this.#until.value)]; }

  set(since, until) {
    this.#since.value = String(Math.min(since, until));
    this.#until.value = String(Math.max(since, until));
    this.#paint();
  }

  #moved(handle) {
    const [since, until] = this.value();
    if (since > until) {
      if (handle === this.#since) this.#until.value = String(since); else this.#since.value = String(until);
    }
    this.#paint();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#onChange(...this.value()), SETTLE_MS);
  }

  #paint() {
    const [since, until] = this.value();
    const min = Number(this.#since.min);
    const span = Number(this.#since.max) - min;
    this.#fill.style.left = `${((since - min) / span) * 100}%`;
    this.#fill.style.right = `${100 - ((until - min) / span) * 100}%`;
    this.#output.textContent = `${since}–${until}`;
    this.#since.setAttribute('aria-valuetext', `from ${since}`);
    this.#until.setAttribute('aria-valuetext', `to ${until}`);
    // The handle nearer the top end must stay grabbable when both sit at the maximum.
    this.#since.style.zIndex = since === Number(this.#since.max) ? '3' : '2';
  }
}
