// Deletes relationships of one type by id. RELATIONSHIP_TYPE is replaced by a type of the ontology table.
UNWIND $ids AS id
MATCH ()-[r:RELATIONSHIP_TYPE {id: id}]->()
DELETE r
RETURN count(*) AS deleted
