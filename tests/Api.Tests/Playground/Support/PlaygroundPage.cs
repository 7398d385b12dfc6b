using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Playground.Support;

/// <summary>
/// The playground in one browser page: its example buttons, and the text of GraphiQL's editors read from CodeMirror
/// itself (the DOM holds only the lines on screen).
/// </summary>
public sealed class PlaygroundPage : IAsyncDisposable
{
    private const string ReadEditor = "selector => document.querySelector(selector)?.CodeMirror?.getValue() ?? null";
    private const string QueryEditor = ".graphiql-query-editor .CodeMirror";
    private const string VariablesEditor = ".graphiql-editor-tool .CodeMirror";
    private const string ResultEditor = ".result-window .CodeMirror";

    private readonly IBrowserContext context;

    private PlaygroundPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ILocator ExampleButtons => Page.Locator("nav.kg-examples button[data-example]");

    public static async Task<PlaygroundPage> OpenAsync(IBrowser browser, Uri baseAddress, string address)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(address);
        var playground = new PlaygroundPage(context, page);
        await playground.WaitForEditorsAsync();
        return playground;
    }

    /// <summary>Waits until GraphiQL has drawn its editors, after a load or a reload.</summary>
    public async Task WaitForEditorsAsync()
    {
        await Page.WaitForFunctionAsync($"() => ({ReadEditor})('{QueryEditor}') !== null");
        await Assertions.Expect(ExampleButtons.First).ToBeVisibleAsync();
    }

    /// <summary>Replaces the query editor's text as a user would: click into it, select all, type.</summary>
    public Task TypeQueryAsync(string text) => TypeIntoAsync(QueryEditor, text);

    /// <summary>Opens the variables editor below the query and replaces its text by typing.</summary>
    public async Task TypeVariablesAsync(string text)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Variables", Exact = true }).ClickAsync();
        await TypeIntoAsync(VariablesEditor, text);
    }

    /// <summary>Opens GraphiQL's explorer plugin from the sidebar and returns its field tree.</summary>
    public async Task<ILocator> OpenExplorerPluginAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show GraphiQL Explorer" }).ClickAsync();
        var tree = Page.Locator(".graphiql-explorer-root");
        await Assertions.Expect(tree.Locator("[data-field-name]").First).ToBeVisibleAsync();
        return tree;
    }

    /// <summary>Waits until the query editor's text contains <paramref name="text"/>.</summary>
    public Task WaitForQueryContainingAsync(string text) =>
        Page.WaitForFunctionAsync($"text => ({ReadEditor})('{QueryEditor}')?.includes(text)", text);

    /// <summary>Waits until the address carries exactly this query and these variables.</summary>
    public async Task WaitForAddressAsync(string query, string variables)
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "([query, variables]) => { const p = new URLSearchParams(location.search); return p.get('query') === query && p.get('variables') === variables; }",
                new object[] { query, variables });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The address does not carry the edited query and variables: {Page.Url}");
        }
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitForEditorsAsync();
    }

    public Task<string> QueryAsync() => Page.EvaluateAsync<string>(ReadEditor, QueryEditor);

    public Task<string> VariablesAsync() => Page.EvaluateAsync<string>(ReadEditor, VariablesEditor);

    /// <summary>
    /// Does <paramref name="act"/>, waits for the operation it sends (not GraphiQL's schema introspection) to be
    /// answered, then returns the result pane's text once the answer is in it (a run empties the pane first).
    /// </summary>
    public async Task<string> RunAndReadResultAsync(Func<Task> act)
    {
        await Page.RunAndWaitForResponseAsync(act, response =>
            response.Url.EndsWith("/graphql", StringComparison.Ordinal)
            && response.Request.Method == "POST"
            && !(response.Request.PostData ?? string.Empty).Contains("IntrospectionQuery", StringComparison.Ordinal));
        var shown = await Page.WaitForFunctionAsync($"() => ({ReadEditor})('{ResultEditor}') || null");
        return await shown.JsonValueAsync<string>();
    }

    public Task<string> ClickExampleAndReadResultAsync(string title) =>
        RunAndReadResultAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync());

    public Task<string> RunAndReadResultAsync() => RunAndReadResultAsync(() => Page.ClickAsync(".graphiql-execute-button"));

    private async Task TypeIntoAsync(string editor, string text)
    {
        await Page.ClickAsync(editor);
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.InsertTextAsync(text);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
