// Which names fit: the drawing names nodes in order of importance as long as a name covers neither another name
// nor another node, the way map labelling does. Boxes are { x1, y1, x2, y2 } in one coordinate system.

function overlaps(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * candidates: [{ id, label, body, always }] most important first; bodies: the drawn nodes' boxes a name must not
 * cover (none in a drawing too dense for that). Returns the ids whose label can be drawn without covering another
 * label or one of those nodes. `always` ones are kept regardless.
 */
export function namesWithRoom(candidates, bodies) {
  const placed = [];
  const kept = new Set();
  for (const candidate of candidates) {
    const free = candidate.always || (!placed.some((box) => overlaps(box, candidate.label))
      && !bodies.some((body) => body !== candidate.body && overlaps(body, candidate.label)));
    if (!free) continue;
    placed.push(candidate.label);
    kept.add(candidate.id);
  }
  return kept;
}
