// The source viewer: the quote named in the address (#q-…) is the current one, its highlighted pieces marked and
// scrolled into view; a click on a highlighted passage opens its entry among the citations.
(function () {
  'use strict';
  function showCurrent() {
    const anchor = location.hash.slice(1);
    for (const mark of document.querySelectorAll('mark.current')) mark.classList.remove('current');
    for (const entry of document.querySelectorAll('.cited > li.current')) entry.classList.remove('current');
    if (!anchor.startsWith('q-')) return;
    const marks = [...document.querySelectorAll('mark[data-quotes]')].filter((m) => m.dataset.quotes.split(' ').includes(anchor));
    for (const mark of marks) mark.classList.add('current');
    document.getElementById(`cite-${anchor}`)?.classList.add('current');
    marks[0]?.scrollIntoView({ block: 'center' });
  }

  document.addEventListener('click', (event) => {
    const mark = event.target.closest?.('mark[data-quotes]');
    if (!mark || window.getSelection()?.toString()) return;
    const anchor = mark.dataset.quotes.split(' ').at(-1);
    document.getElementById(`cite-${anchor}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    history.replaceState(null, '', `#${anchor}`);
    showCurrent();
  });
  window.addEventListener('hashchange', showCurrent);
  showCurrent();
})();
