import { graphql, SEARCH_QUERY } from './graphql.js';

// The subject box: an id typed as is, or a name, alias or abbreviation found through the API's search
// (case- and diacritics-insensitive), offered in the input's datalist by id.
export function attachActorPicker(input, list, onPick) {
  let pending = 0;
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    if (text.includes(':')) return;
    const ticket = ++pending;
    const { search } = text.length < 2 ? { search: [] } : await graphql(SEARCH_QUERY, { text });
    if (ticket !== pending) return;
    list.replaceChildren(...search.map(entity => Object.assign(document.createElement('option'), { value: entity.id, label: `${entity.name} (${entity.kind.toLowerCase()})` })));
  });
  input.addEventListener('change', () => {
    if (input.value.includes(':')) onPick(input.value.trim());
  });
}
