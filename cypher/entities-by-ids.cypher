// Entities by id; absent ids return no row.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e
