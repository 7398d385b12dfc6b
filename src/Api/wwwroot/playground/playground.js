// The playground: GraphiQL against /graphql, with the example operations as one-click buttons.
(async function () {
  'use strict';
  const h = React.createElement;
  const examples = await (await fetch('/playground/examples.json')).json();
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  // The explorer links here with ?query=...&variables=... to hand over the operation it ran.
  const linked = new URLSearchParams(location.search);
  const handedOver = linked.has('query')
    ? { title: 'From the explorer', name: 'explorer', query: linked.get('query'), variables: linked.get('variables') ?? undefined }
    : null;

  function Playground() {
    const [current, setCurrent] = React.useState(handedOver ?? examples[0]);
    const [runs, setRuns] = React.useState(0);

    // GraphiQL puts the new query into its editor in its own effects, which run before this one;
    // pressing its run button afterwards executes exactly what the analyst sees.
    React.useEffect(() => {
      if (runs === 0) return undefined;
      const timer = setTimeout(() => document.querySelector('.graphiql-execute-button')?.click(), 50);
      return () => clearTimeout(timer);
    }, [runs]);

    const buttons = examples.map((example) => h('button', {
      key: example.name,
      type: 'button',
      title: 'Open and run this example',
      'data-example': example.name,
      'aria-pressed': String(example === current),
      onClick: () => { setCurrent(example); setRuns((n) => n + 1); },
    }, example.title));

    return h('div', { className: 'kg-shell' },
      h('nav', { className: 'kg-examples', 'aria-label': 'Examples' },
        h('span', { className: 'kg-title' }, 'Examples:'), ...buttons,
        h('a', { className: 'kg-explore', href: '/explore', title: 'Draw partner networks from this API' }, 'Partner-network explorer →')),
      h('div', { className: 'kg-graphiql' },
        h(GraphiQL, { fetcher, query: current ? current.query : undefined, variables: current?.variables, defaultEditorToolsVisibility: Boolean(current?.variables) })));
  }

  ReactDOM.createRoot(document.getElementById('playground')).render(h(Playground));
})();
