// One page of relationships of one type in id order (keyset paging on the type's id index).
// RELATIONSHIP_TYPE is replaced by a type of the ontology table.
MATCH (a:Entity)-[r:RELATIONSHIP_TYPE]->(b:Entity)
WHERE r.id > $after
RETURN r, a.id AS from, b.id AS to
ORDER BY r.id
LIMIT $limit
