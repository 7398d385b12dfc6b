// Entity counts by kind label.
MATCH (e:Entity)
UNWIND labels(e) AS label
WITH label
WHERE label <> 'Entity'
RETURN label, count(*) AS count
