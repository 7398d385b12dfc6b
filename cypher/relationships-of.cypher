// Relationships touching one entity, filtered by window, types and direction; undirected types match both ways.
// The window is [$from, $to] in days; a missing bound on a relationship means open on that side. The stated interval
// (validStart..validEnd) must overlap it and, unless $possible, so must the span the evidence supports (spanStart..spanEnd).
// Relationships written before spans existed have no attestations, so their span is their stated interval.
// Order: by the span's start (else end; undated first), then id.
MATCH (e:Entity {id: $id})-[r]-(:Entity)
WITH DISTINCT e, r, coalesce(r.spanStart, r.validStart) AS spanStart, coalesce(r.spanEnd, r.validEnd) AS spanEnd
WHERE ($types IS NULL OR type(r) IN $types)
  AND (r.validStart IS NULL OR r.validStart <= date($to))
  AND (r.validEnd IS NULL OR date($from) <= r.validEnd)
  AND ($possible OR ((spanStart IS NULL OR spanStart <= date($to)) AND (spanEnd IS NULL OR date($from) <= spanEnd)))
  AND ($direction = 'BOTH'
    OR type(r) IN $undirected
    OR ($direction = 'OUTGOING' AND startNode(r) = e)
    OR ($direction = 'INCOMING' AND endNode(r) = e))
RETURN r, startNode(r).id AS from, endNode(r).id AS to
ORDER BY coalesce(spanStart, spanEnd) IS NOT NULL, coalesce(spanStart, spanEnd), r.id
