// First statement of every write transaction: writing the bookkeeping node takes its lock,
// so concurrent batches are applied one after the other and their change counts stay exact.
MATCH (m:GraphMeta {id: $metaId})
SET m.lastWriteId = $writeId
RETURN m.version AS version
