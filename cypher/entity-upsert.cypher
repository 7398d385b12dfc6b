// Writes entities of one kind. ENTITY_LABEL is replaced by the kind's label from the ontology table.
// SET e = row.properties replaces every stored property, so a property dropped from the record is dropped here too.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row.properties
SET e.dateStart = date(row.dateStart)
SET e:ENTITY_LABEL
RETURN count(e) AS written
