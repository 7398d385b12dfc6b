// The content version; 0 before the first start.
OPTIONAL MATCH (m:GraphMeta {id: $metaId})
RETURN coalesce(m.version, 0) AS version
