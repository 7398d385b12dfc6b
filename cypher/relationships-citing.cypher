// Relationships of one type whose sources (a JSON string) mention the document id. RELATIONSHIP_TYPE is replaced by
// each type of the ontology table and the statements are joined with UNION ALL; the caller keeps those with a source
// naming the document.
MATCH (a:Entity)-[r:RELATIONSHIP_TYPE]->(b:Entity)
WHERE r.sources CONTAINS $id
RETURN r, a.id AS from, b.id AS to
