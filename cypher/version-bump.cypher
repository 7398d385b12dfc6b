// Raises the content version after a write that changed something.
MATCH (m:GraphMeta {id: $metaId})
SET m.version = m.version + 1
RETURN m.version AS version
