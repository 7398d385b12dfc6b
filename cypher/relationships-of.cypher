// Relationships touching one entity, filtered by window, types and direction; undirected types match both ways.
// The window is [$from, $to] in days; a missing bound on a relationship means open on that side.
// Order: by start day (else end day; undated first), then id.
MATCH (e:Entity {id: $id})-[r]-(:Entity)
WITH DISTINCT e, r
WHERE ($types IS NULL OR type(r) IN $types)
  AND (r.validStart IS NULL OR r.validStart <= date($to))
  AND (r.validEnd IS NULL OR date($from) <= r.validEnd)
  AND ($direction = 'BOTH'
    OR type(r) IN $undirected
    OR ($direction = 'OUTGOING' AND startNode(r) = e)
    OR ($direction = 'INCOMING' AND endNode(r) = e))
RETURN r, startNode(r).id AS from, endNode(r).id AS to
ORDER BY coalesce(r.validStart, r.validEnd) IS NOT NULL, coalesce(r.validStart, r.validEnd), r.id
