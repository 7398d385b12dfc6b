// One page of entities in id order, after the last id of the previous page (keyset paging on the id index).
MATCH (e:Entity)
WHERE e.id > $after
RETURN e
ORDER BY e.id
LIMIT $limit
