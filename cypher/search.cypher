// Entities whose folded name, names or aliases contain the folded text; exact terms first, then prefixes,
// then shorter names.
MATCH (e:Entity)
WHERE e.searchText CONTAINS $text
  AND ($labels IS NULL OR any(label IN labels(e) WHERE label IN $labels))
WITH e,
  CASE
    WHEN $text IN e.searchTerms THEN 0
    WHEN any(term IN e.searchTerms WHERE term STARTS WITH $text) THEN 1
    ELSE 2
  END AS rank
RETURN e
ORDER BY rank, size(e.name), e.name, e.id
LIMIT $first
