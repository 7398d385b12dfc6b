// Removes a kind label from entities whose kind changed. ENTITY_LABEL is the old kind's label.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
REMOVE e:ENTITY_LABEL
RETURN count(e) AS changed
