// One relationship as the analyst reads it: what links whom, when, and the quotes that say so.

// Types read the same way on every page: the explorer's table of looks is the one home of their wording.
import { humanise } from '/explore/js/visuals.js';

/** Creates an element with a class and text (never HTML, since quotes are source text). */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/**
 * A card for one relationship: type, ends, its dates as the server reads them ("since 2016" only for a stated start,
 * "by 2023 (start not stated)" when sources only show it holding), then each source's quote, the curators'
 * translation, its document or URL, the date the quote shows it holding and a link to the quote in its document.
 */
export function relationshipCard(relationship) {
  const card = element('article', 'relationship');
  card.dataset.id = relationship.id;
  const head = element('p', 'relationship-head');
  head.append(element('strong', null, humanise(relationship.type)), ` ${relationship.from.name} → ${relationship.to.name}`);
  card.append(head, element('p', 'relationship-dates', relationship.when));
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
    if (source.asOf) cite.append(` · shows it holding as of ${source.asOf}`);
    card.append(quote);
    if (source.translation) {
      const translation = element('p', 'translation', source.translation);
      translation.lang = 'en';
      translation.append(element('span', 'source-meta', " (curators' translation)"));
      card.append(translation);
    }
    card.append(cite);
    if (source.viewer) {
      const read = element('a', 'read-source', 'Read it in the document');
      read.href = source.viewer;
      read.target = '_blank';
      read.rel = 'noopener';
      const line = element('p', 'source');
      line.append(read);
      card.append(line);
    }
  }
  return card;
}

/** The GraphQL selection that relationshipCard needs. */
export const RELATIONSHIP_FIELDS = `id type validFrom validTo when
  from { id kind name } to { id kind name }
  sources { document url quote language translation asOf viewer }`;
