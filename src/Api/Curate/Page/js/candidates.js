// The review's model: one candidate per proposed record, grouped by the first sentence that states it, each with a
// decision, and the accepted ones written back in the import format.

export function buildCandidates(batch, review) {
  const notes = new Map(review.records.map(r => [r.id, r]));
  const candidates = [];
  for (const entity of batch.entities) {
    const note = notes.get(entity.id);
    candidates.push({ id: entity.id, record: 'entity', data: structuredClone(entity), note, sentence: note?.evidence[0]?.sentence ?? 0, decision: 'undecided' });
  }
  for (const relationship of batch.relationships) {
    const note = notes.get(relationship.id);
    candidates.push({ id: relationship.id, record: 'relationship', data: structuredClone(relationship), note, sentence: note?.evidence[0]?.sentence ?? 0, decision: 'undecided' });
  }
  candidates.sort((a, b) => a.sentence - b.sentence);
  return candidates;
}

export function groupBySentence(candidates) {
  const groups = new Map();
  for (const candidate of candidates) {
    if (!groups.has(candidate.sentence)) groups.set(candidate.sentence, []);
    groups.get(candidate.sentence).push(candidate);
  }
  return groups;
}

// The accepted candidates as an import batch with the document; the order of each list is kept so an error's
// record location ("$.relationships[2]") names its candidate.
export function acceptedBatch(batch, candidates) {
  const accepted = candidates.filter(c => c.decision === 'accepted');
  const entities = accepted.filter(c => c.record === 'entity');
  const relationships = accepted.filter(c => c.record === 'relationship');
  return {
    batch: { documents: batch.documents, entities: entities.map(c => c.data), relationships: relationships.map(c => c.data) },
    byLocation: new Map([
      ...entities.map((c, i) => [`$.entities[${i}]`, c]),
      ...relationships.map((c, i) => [`$.relationships[${i}]`, c]),
    ]),
  };
}
