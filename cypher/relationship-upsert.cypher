// Writes relationships of one type between existing entities. RELATIONSHIP_TYPE is replaced by the type's name
// from the ontology table. A row whose endpoint is missing writes nothing; the caller compares the count and rolls back.
// validStart/validEnd are the stated dates, spanStart/spanEnd the days the evidence supports (null = open).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:RELATIONSHIP_TYPE {id: row.id}]->(b)
SET r = row.properties
SET r.validStart = date(row.validStart), r.validEnd = date(row.validEnd)
SET r.spanStart = date(row.spanStart), r.spanEnd = date(row.spanEnd)
RETURN count(r) AS written
