// Relationships of one type by id. RELATIONSHIP_TYPE is replaced by each type of the ontology table
// and the per-type statements are joined with UNION ALL, so every lookup uses a relationship index.
UNWIND $ids AS id
MATCH (a:Entity)-[r:RELATIONSHIP_TYPE {id: id}]->(b:Entity)
RETURN r, a.id AS from, b.id AS to
