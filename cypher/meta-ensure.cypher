// Creates the bookkeeping node on first start; returns the content version.
MERGE (m:GraphMeta {id: $metaId})
ON CREATE SET m.version = 0
RETURN m.version AS version
