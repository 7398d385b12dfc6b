// One page of edges of one type for the in-memory projection: topology, stated dates and attestations, no JSON payloads.
// RELATIONSHIP_TYPE is replaced by a type of the ontology table.
MATCH (a:Entity)-[r:RELATIONSHIP_TYPE]->(b:Entity)
WHERE r.id > $after
RETURN r.id AS id, a.id AS from, b.id AS to, r.validFrom AS validFrom, r.validTo AS validTo,
  r.attestedFrom AS attestedFrom, r.attestedTo AS attestedTo
ORDER BY r.id
LIMIT $limit
