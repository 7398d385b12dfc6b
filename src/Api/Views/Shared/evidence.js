// One relationship as the analyst reads it: what links whom, when, and the quotes that say so.

/** Creates an element with a class and text (never HTML, since quotes are source text). */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/** "2022-05-11 – open", "undated": the stated span only, as the source gives it. */
export function statedSpan(relationship) {
  if (!relationship.validFrom && !relationship.validTo) return 'no stated dates';
  return `${relationship.validFrom ?? '?'} – ${relationship.validTo ?? 'open'}`;
}

/** A card for one relationship: type, ends, stated dates, then each source's quote with its document or URL. */
export function relationshipCard(relationship) {
  const card = element('article', 'relationship');
  card.dataset.id = relationship.id;
  const head = element('p', 'relationship-head');
  head.append(element('strong', null, relationship.type), ` ${relationship.from.name} → ${relationship.to.name}`);
  card.append(head, element('p', 'relationship-dates', statedSpan(relationship)));
  for (const source of relationship.sources) {
    const quote = element('blockquote', 'quote', source.quote);
    if (source.language) quote.lang = source.language;
    const cite = element('p', 'source');
    if (source.url) {
      const link = element('a', null, source.document ?? source.url);
      link.href = source.url;
      link.target = '_blank';
      link.rel = 'noopener';
      cite.append(link);
    } else {
      cite.textContent = source.document ?? 'unnamed source';
    }
    card.append(quote, cite);
  }
  return card;
}

/** The GraphQL selection that relationshipCard needs. */
export const RELATIONSHIP_FIELDS = `id type validFrom validTo
  from { id kind name } to { id kind name }
  sources { document url quote language }`;
