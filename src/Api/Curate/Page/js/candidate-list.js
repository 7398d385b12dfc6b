// The candidates grouped by sentence, each editable (ends, type, attestation dates, status) and accepted or rejected,
// by mouse or keyboard (j/k move, a/r/u decide, Enter edits).

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function labelled(text, input) {
  const label = el('label', {}, text);
  label.append(input);
  return label;
}

function select(values, current, onChange) {
  const box = el('select');
  for (const value of values) box.append(el('option', { value, textContent: value === '' ? '—' : value, selected: value === current }));
  box.addEventListener('change', () => onChange(box.value));
  return box;
}

function input(value, className, onChange) {
  const box = el('input', { type: 'text', value: value ?? '', className, spellcheck: false });
  box.addEventListener('change', () => onChange(box.value.trim()));
  return box;
}

function relationshipFields(candidate, enums) {
  const data = candidate.data;
  const row = el('div', { className: 'row' });
  row.append(
    labelled('from', input(data.from, 'end', v => { data.from = v; })),
    labelled('type', select(enums.types, data.type, v => { data.type = v; })),
    labelled('to', input(data.to, 'end', v => { data.to = v; })));
  const dates = el('div', { className: 'row' });
  const source = data.sources.find(s => s.quote !== undefined) ?? data.sources[0];
  dates.append(labelled('as of', input(source?.asOf, 'date', v => { for (const s of data.sources) s.asOf = v || null; })));
  dates.append(labelled('valid from', input(data.validFrom, 'date', v => { data.validFrom = v || null; })));
  dates.append(labelled('valid to', input(data.validTo, 'date', v => { data.validTo = v || null; })));
  dates.append(labelled('status', select(['', ...enums.statuses], data.properties?.status ?? '', v => {
    data.properties = data.properties ?? {};
    if (v) data.properties.status = v; else delete data.properties.status;
  })));
  return [row, dates];
}

function entityFields(candidate) {
  const data = candidate.data;
  const row = el('div', { className: 'row' });
  row.append(
    labelled('new entity', input(data.id, 'end', v => { data.id = v; })),
    labelled('kind', el('input', { type: 'text', value: data.kind, className: 'date', readOnly: true })),
    labelled('name', input(data.name, 'end', v => { data.name = v; for (const k of Object.keys(data.names ?? {})) data.names[k] = v; })));
  return [row];
}

function decide(candidate, item, decision) {
  candidate.decision = decision;
  item.dataset.decision = decision;
  for (const button of item.querySelectorAll('.decide .button')) button.setAttribute('aria-pressed', String(button.dataset.decision === decision));
  item.dispatchEvent(new CustomEvent('decided', { bubbles: true }));
}

export function renderCandidates(container, groups, sentences, text, enums, onFocusSentence) {
  container.replaceChildren();
  const items = [];
  for (const [index, candidates] of groups) {
    const sentence = sentences.find(s => s.index === index);
    const group = el('section', { className: 'group' });
    group.dataset.sentence = index;
    group.append(el('h3', { textContent: `Sentence ${index + 1}` }), el('blockquote', { textContent: sentence ? text.slice(sentence.start, sentence.end) : '' }));
    const list = el('ul', { className: 'candidate-items' });
    for (const candidate of candidates) {
      const item = el('li', { className: 'candidate', tabIndex: 0 });
      item.dataset.id = candidate.id;
      item.dataset.decision = candidate.decision;
      item.dataset.sentence = index;
      const fields = candidate.record === 'entity' ? entityFields(candidate) : relationshipFields(candidate, enums);
      const evidence = candidate.note?.evidence?.find(e => e.sentence === index) ?? candidate.note?.evidence?.[0];
      const stored = candidate.note?.stored ? ` · already in the graph as ${candidate.note.stored}` : '';
      const why = el('p', { className: 'why', textContent: evidence ? `${evidence.confidence.toFixed(2)} · ${evidence.reason}${stored}` : '' });
      const buttons = el('div', { className: 'decide' });
      for (const [decision, label] of [['accepted', 'Accept'], ['rejected', 'Reject']]) {
        const button = el('button', { type: 'button', className: 'button ghost small', textContent: label });
        button.dataset.decision = decision;
        button.setAttribute('aria-pressed', 'false');
        button.addEventListener('click', () => decide(candidate, item, candidate.decision === decision ? 'undecided' : decision));
        buttons.append(button);
      }
      item.append(...fields, why, buttons, el('p', { className: 'problem', hidden: true }));
      item.addEventListener('focusin', () => onFocusSentence(index));
      item.addEventListener('keydown', event => keyOn(event, candidate, item, items));
      item.candidate = candidate;
      items.push(item);
      list.append(item);
    }
    group.append(list);
    container.append(group);
  }
  return items;
}

function keyOn(event, candidate, item, items) {
  const editing = event.target !== item;
  if (editing) {
    if (event.key === 'Escape') item.focus();
    return;
  }
  const at = items.indexOf(item);
  const keys = {
    j: () => items[Math.min(at + 1, items.length - 1)].focus(),
    ArrowDown: () => items[Math.min(at + 1, items.length - 1)].focus(),
    k: () => items[Math.max(at - 1, 0)].focus(),
    ArrowUp: () => items[Math.max(at - 1, 0)].focus(),
    a: () => decide(candidate, item, 'accepted'),
    r: () => decide(candidate, item, 'rejected'),
    u: () => decide(candidate, item, 'undecided'),
    Enter: () => item.querySelector('input:not([readonly]), select')?.focus(),
  };
  if (keys[event.key] && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    keys[event.key]();
  }
}

export function showProblems(items, problems) {
  for (const item of items) {
    const list = problems.get(item.candidate) ?? [];
    item.classList.toggle('invalid', list.length > 0);
    const box = item.querySelector('.problem');
    box.hidden = list.length === 0;
    box.textContent = list.join('; ');
  }
}
