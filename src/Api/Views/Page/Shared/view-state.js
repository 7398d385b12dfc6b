// The view's subject and window live in the URL fragment (#of=…&since=…&until=…) so a reload or a shared link
// opens the same view.

/** Reads the fragment, falling back to the view's defaults for anything missing or malformed. */
export function readViewState(defaults) {
  const params = new URLSearchParams(location.hash.slice(1));
  const year = (key) => (/^\d{4}$/.test(params.get(key) ?? '') ? Number(params.get(key)) : defaults[key]);
  return { of: params.get('of') || defaults.of, since: year('since'), until: year('until') };
}

/** Writes the state into the fragment without adding a history entry per keystroke. */
export function writeViewState(state) {
  const params = new URLSearchParams();
  params.set('of', state.of);
  if (state.since != null) params.set('since', String(state.since));
  if (state.until != null) params.set('until', String(state.until));
  history.replaceState(null, '', `#${params}`);
}
