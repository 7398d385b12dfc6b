// Entities whose sources (a JSON string) mention the document id; the caller keeps those with a source naming it.
MATCH (e:Entity)
WHERE e.sources CONTAINS $id
RETURN e
ORDER BY e.id
