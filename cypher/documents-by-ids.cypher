// Catalogued documents by id; absent ids return no row.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d
