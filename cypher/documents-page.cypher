// One page of the catalogue in id order, after the last id of the previous page (keyset paging on the id constraint).
MATCH (d:Document)
WHERE d.id > $after
RETURN d
ORDER BY d.id
LIMIT $limit
