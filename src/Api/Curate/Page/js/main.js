import { readCandidateFiles } from './candidate-files.js';
import { acceptedBatch, buildCandidates, groupBySentence } from './candidates.js';
import { renderCandidates, showProblems } from './candidate-list.js';
import { highlightSentence, renderDocument } from './document-view.js';

// The review page: open a candidate batch and its review, decide on each candidate, write the accepted ones through
// POST /curate/accept (the validated, all-or-nothing import; the API key as for mutations).

const $ = id => document.getElementById(id);
const state = { batch: null, review: null, candidates: [], items: [] };
const ENUMS_QUERY = '{ types: __type(name: "RelationshipType") { enumValues { name } } statuses: __type(name: "AgreementStatus") { enumValues { name } } }';

async function loadEnums() {
  const response = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: ENUMS_QUERY }) });
  const { data } = await response.json();
  return { types: data.types.enumValues.map(v => v.name), statuses: data.statuses.enumValues.map(v => v.name) };
}

const enums = loadEnums();

function counts() {
  const by = decision => state.candidates.filter(c => c.decision === decision).length;
  $('counts').textContent = `${by('accepted')} accepted, ${by('rejected')} rejected, ${by('undecided')} undecided of ${state.candidates.length}`;
  $('write').disabled = by('accepted') === 0;
}

async function open(files) {
  $('result').replaceChildren();
  try {
    const { batch, review } = await readCandidateFiles(files);
    Object.assign(state, { batch, review, candidates: buildCandidates(batch, review) });
  } catch (error) {
    $('summary').textContent = error.message;
    return;
  }
  const doc = state.batch.documents[0];
  const groups = groupBySentence(state.candidates);
  $('document-title').textContent = doc.title;
  renderDocument($('document'), doc.text, state.review.sentences, new Set(groups.keys()), index => focusGroup(index));
  state.items = renderCandidates($('candidates'), groups, state.review.sentences, doc.text, await enums, index => highlightSentence($('document'), index));
  $('candidate-count').textContent = String(state.candidates.length);
  $('summary').textContent = `${doc.id}: ${state.candidates.length} candidates in ${groups.size} sentences`;
  counts();
  state.items[0]?.focus();
}

function focusGroup(index) {
  state.items.find(item => item.dataset.sentence === String(index))?.focus();
}

function report(lines, ok) {
  const box = $('result');
  box.replaceChildren();
  const head = document.createElement('p');
  head.className = ok ? 'ok' : 'bad';
  head.textContent = lines[0];
  box.append(head);
  if (lines.length > 1) {
    const list = document.createElement('ul');
    for (const line of lines.slice(1)) list.append(Object.assign(document.createElement('li'), { textContent: line }));
    box.append(list);
  }
}

async function write() {
  const { batch, byLocation } = acceptedBatch(state.batch, state.candidates);
  const reviewedBy = $('reviewer').value.trim();
  const key = $('api-key').value.trim();
  if (!reviewedBy) return report(['Say who reviewed: fill in "Reviewed by".'], false);
  if (!key) return report(['Writing needs the API key mutations take.'], false);
  $('write').disabled = true;
  try {
    const response = await fetch('/curate/accept', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify({ reviewedBy, batch }),
    });
    const answer = await response.json();
    const problems = new Map();
    for (const error of answer.errors ?? []) {
      const location = error.location.replace(/^batch /, '');
      const candidate = byLocation.get(location);
      if (candidate) problems.set(candidate, [...(problems.get(candidate) ?? []), `${error.field}: ${error.message}`]);
    }
    showProblems(state.items, problems);
    if (answer.written)
      report([`Written: ${answer.added} added, ${answer.changed} changed, ${answer.unchanged} unchanged (store version ${answer.version}).`], true);
    else
      report([`Nothing was written: ${answer.message}`, ...(answer.errors ?? []).map(e => `${e.location} ${e.field}: ${e.message}`)], false);
  } catch (error) {
    report([`Nothing was written: ${error.message}`], false);
  } finally {
    counts();
  }
}

$('files').addEventListener('change', event => open([...event.target.files]));
$('candidates').addEventListener('decided', counts);
$('write').addEventListener('click', write);
document.addEventListener('keydown', event => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !$('write').disabled) {
    event.preventDefault();
    write();
  }
});
