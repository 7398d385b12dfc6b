// Writes catalogue records. SET d = row.properties replaces every stored property, so a field dropped from the record
// is dropped here too. Documents are not entities (no :Entity label): graph queries never meet them.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row.properties
RETURN count(d) AS written
