// Writes relationships of one type between existing entities. RELATIONSHIP_TYPE is replaced by the type's name
// from the ontology table. A row whose endpoint is missing writes nothing; the caller compares the count and rolls back.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:RELATIONSHIP_TYPE {id: row.id}]->(b)
SET r = row.properties
SET r.validStart = date(row.validStart), r.validEnd = date(row.validEnd)
RETURN count(r) AS written
