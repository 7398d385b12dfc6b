// The playground: GraphiQL against /graphql with its click-to-build explorer plugin, the example operations as
// one-click buttons, and the operation being edited kept in the address (?query=…&variables=…, GraphiQL's classic
// parameters, which the explorer page also uses to hand over what it ran) so a reload or a pasted link reopens it.
(async function () {
  'use strict';
  const h = React.createElement;
  const { useEditorContext, useExecutionContext } = GraphiQL.React;
  const examples = await (await fetch('/playground/examples.json')).json();
  // Our endpoint answers one result per request; the simple fetcher lets a new run supersede one still in flight.
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', enableIncrementalDelivery: false });
  const plugins = [GraphiQLPluginExplorer.explorerPlugin()];
  const linked = new URLSearchParams(location.search);
  const opened = linked.has('query')
    ? { query: linked.get('query'), variables: linked.get('variables') ?? '' }
    : { query: examples[0]?.query, variables: '' };

  // replaceState, not pushState: every keystroke would otherwise become a Back step. Headers stay out of the address,
  // so an API key never travels in a shared link.
  function remember(key, value) {
    const params = new URLSearchParams(location.search);
    if (value.trim()) params.set(key, value);
    else params.delete(key);
    const search = params.toString();
    history.replaceState(history.state, '', search ? `${location.pathname}?${search}` : location.pathname);
  }

  // Rendered inside GraphiQL (as its logo's child) to reach its editors. GraphiQL derives the operation name from
  // the text only after a debounce, so opening an example sets its text, variables and its own operation name
  // together before running it: the request never carries the previous example's name.
  function ExampleRunner({ request }) {
    const { queryEditor, variableEditor, setOperationName } = useEditorContext({ nonNull: true });
    const { run } = useExecutionContext({ nonNull: true });
    React.useEffect(() => {
      if (!request || !queryEditor) return;
      queryEditor.setValue(request.example.query);
      variableEditor?.setValue(request.example.variables ?? '');
      setOperationName(request.example.name);
      run();
    }, [request]);
    return null;
  }

  function Playground() {
    const [request, setRequest] = React.useState(null);

    const buttons = examples.map((example) => h('button', {
      key: example.name,
      type: 'button',
      title: 'Open and run this example',
      'data-example': example.name,
      'aria-pressed': String(example === request?.example),
      onClick: () => setRequest({ example }),
    }, example.title));

    return h('div', { className: 'kg-shell' },
      h('nav', { className: 'kg-examples', 'aria-label': 'Examples' },
        h('span', { className: 'kg-title' }, 'Examples:'), ...buttons,
        h('a', { className: 'kg-explore', href: '/explore', title: 'Draw partner networks from this API' }, 'Partner-network explorer →')),
      h('div', { className: 'kg-graphiql' },
        h(GraphiQL, {
          fetcher,
          plugins,
          query: opened.query,
          variables: opened.variables,
          defaultEditorToolsVisibility: Boolean(opened.variables),
          onEditQuery: (query) => remember('query', query),
          onEditVariables: (variables) => remember('variables', variables),
        }, h(GraphiQL.Logo, null, 'Cooperation graph', h(ExampleRunner, { request })))));
  }

  // Evidence links: a source's viewer path in the result ("/sources/…#q-…") opens the document at the quote. GraphiQL's
  // result is a CodeMirror view that redraws its lines, so the link look is put back on the string tokens after each draw.
  const SOURCE_PATH = /^"(\/sources\/[^"\s]+)"$/;
  const SOURCE_TOKENS = '.result-window .cm-string';
  document.addEventListener('click', (event) => {
    const match = SOURCE_PATH.exec(event.target.closest?.(SOURCE_TOKENS)?.textContent ?? '');
    if (match) window.open(match[1], '_blank', 'noopener');
  });
  new MutationObserver(() => {
    for (const token of document.querySelectorAll(`${SOURCE_TOKENS}:not(.kg-source-link)`)) {
      if (SOURCE_PATH.test(token.textContent)) {
        token.classList.add('kg-source-link');
        token.title = 'Open the document at this quote';
      }
    }
  }).observe(document.getElementById('playground'), { childList: true, subtree: true });

  ReactDOM.createRoot(document.getElementById('playground')).render(h(Playground));
})();
