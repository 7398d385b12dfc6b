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
  // Scroll the document's own pane only: on a phone the page is one column, and scrolling the page while a candidate
  // is pressed would move its buttons away from the finger before the tap ends.
  const pane = container.closest('.document-area');
  if (!pane || pane.scrollHeight <= pane.clientHeight) return;
  const top = span.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  pane.scrollTop = top - (pane.clientHeight / 2);
}
