import { attachActorPicker } from './actor-picker.js';
import { readViewState, writeViewState } from './view-state.js';

// The form both views share (#window with #actor, #since, #until): it starts from the URL, hands every new
// subject or window to the view, and keeps the inputs and the URL showing what is drawn.

/** Wires the form; calls onChange(state) on submit, on a picked entity and when the fragment changes. */
export function bindViewForm(defaults, onChange) {
  const $ = (id) => document.getElementById(id);
  let state = readViewState(defaults);
  const change = (next) => { state = next; onChange(state); };
  $('window').addEventListener('submit', (event) => {
    event.preventDefault();
    const year = (input) => (input.value === '' ? null : Number(input.value));
    change({ of: $('actor').value.trim() || defaults.of, since: year($('since')), until: year($('until')) });
  });
  attachActorPicker($('actor'), $('actor-options'), (id) => change({ ...state, of: id }));
  window.addEventListener('hashchange', () => change(readViewState(defaults)));
  return {
    current: () => state,
    /** Puts the state being drawn into the inputs and the URL. */
    show: (shown) => {
      writeViewState(shown);
      $('actor').value = shown.of;
      $('since').value = shown.since ?? '';
      $('until').value = shown.until ?? '';
    },
  };
}
