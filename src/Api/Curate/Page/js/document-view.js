// The document's text with each sentence a span, those that state a candidate marked, the current one highlighted.

export function renderDocument(container, text, sentences, cited, onPick) {
  container.replaceChildren();
  let at = 0;
  for (const sentence of sentences) {
    if (sentence.start > at) container.append(text.slice(at, sentence.start));
    const span = document.createElement('span');
    span.className = 'sentence' + (cited.has(sentence.index) ? ' cited' : '');
    span.id = `sentence-${sentence.index}`;
    span.dataset.sentence = sentence.index;
    span.textContent = text.slice(sentence.start, sentence.end);
    if (cited.has(sentence.index)) span.addEventListener('click', () => onPick(sentence.index));
    container.append(span);
    at = sentence.end;
  }
  if (at < text.length) container.append(text.slice(at));
}

export function highlightSentence(container, index) {
  for (const current of container.querySelectorAll('.sentence.current')) current.classList.remove('current');
  const span = container.querySelector(`#sentence-${index}`);
  if (!span) return;
  span.classList.add('current');
  span.scrollIntoView({ block: 'center', behavior: 'instant' });
}
