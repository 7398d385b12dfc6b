using System.Globalization;
using System.Text.Json;

using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>What is drawn, as the page's <c>window.explorer.state()</c> reports it.</summary>
public sealed record DrawnState(
    string Status, string? Error, string? Centre, int Since, int Until, string? Selected, string[] Nodes, string[] Edges, DrawnPath Path,
    string[] HideKinds, string? PathFrom, string? PathTo, string[] Expanded, string[] Hidden, Pin[] Pinned,
    string[][] Alternatives, int Alternative, int Max, bool Truncated);

/// <summary>A point in drawing coordinates.</summary>
public sealed record Point(double X, double Y);

/// <summary>A node held in place, in drawing coordinates.</summary>
public sealed record Pin(string Id, double X, double Y);

public sealed record DrawnPath(string[] Nodes, string[] Edges);

/// <summary>The explorer in one browser page, driven as an analyst would: typing, dragging, clicking, pressing keys.</summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IBrowserContext context;

    private ExplorerPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                ConsoleErrors.Add(message.Text);
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        page.RequestFailed += (_, request) => ConsoleErrors.Add($"request failed: {request.Url}");
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    /// <summary>A desktop screen unless told otherwise.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1600, Height = 1000 };

    /// <summary>The laptop screen the screenshots in docs/ are taken at.</summary>
    public static readonly ViewportSize Wide = new() { Width = 1440, Height = 900 };

    /// <summary>A phone held upright (390 × 844 CSS pixels).</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static async Task<ExplorerPage> OpenAsync(IBrowser browser, Uri baseAddress, string fragment, ViewportSize? viewport = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = viewport ?? Desktop,
            AcceptDownloads = true,
        });
        // Generous waits: the browser shares two cores with the API and other test classes; nothing here times anything.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(context, page);
        await page.GotoAsync($"/explore{(fragment.Length > 0 ? "#" + fragment : string.Empty)}");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#kind-filters input').length > 0");
        return explorer;
    }

    public async Task<DrawnState> StateAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.explorer.state())");
        return JsonSerializer.Deserialize<DrawnState>(json, Json)!;
    }

    /// <summary>Waits until the drawing of this centre and window has settled.</summary>
    public async Task<DrawnState> WaitForDrawingAsync(string centre, int since, int until)
    {
        await Page.WaitForFunctionAsync(
            "([centre, since, until]) => { const s = window.explorer.state(); return s.status === 'ready' && s.centre === centre && s.since === since && s.until === until; }",
            new object[] { centre, since, until });
        return await StateAsync();
    }

    /// <summary>Waits until the page is ready and its state satisfies a JavaScript predicate over <c>window.explorer.state()</c>.</summary>
    public async Task<DrawnState> WaitForStateAsync(string predicate)
    {
        await Page.WaitForFunctionAsync($"() => {{ const s = window.explorer.state(); return s.status === 'ready' && ({predicate})(s); }}");
        return await StateAsync();
    }

    /// <summary>The URL fragment (without '#'): the view as a link would carry it.</summary>
    public async Task<string> FragmentAsync() => (await Page.EvaluateAsync<string>("() => location.hash")).TrimStart('#');

    /// <summary>Types into the search box and picks the option with this id by clicking it.</summary>
    public async Task SearchAndPickAsync(string text, string id)
    {
        await Page.FillAsync("#search", text);
        await Page.ClickAsync($"#search-results [role=option][data-id='{id}']");
    }

    /// <summary>Drags a year handle with the mouse to the given year.</summary>
    public async Task DragYearAsync(string handle, int year)
    {
        var slider = Page.Locator($"#{handle}");
        var box = (await slider.BoundingBoxAsync())!;
        var min = int.Parse(await slider.GetAttributeAsync("min") ?? "2000", CultureInfo.InvariantCulture);
        var max = int.Parse(await slider.GetAttributeAsync("max") ?? "2026", CultureInfo.InvariantCulture);
        var current = int.Parse(await slider.InputValueAsync(), CultureInfo.InvariantCulture);
        const double thumb = 18;
        double X(int value) => box.X + (thumb / 2) + ((box.Width - thumb) * (value - min) / (max - min));
        var y = box.Y + (box.Height / 2);
        await Page.Mouse.MoveAsync((float)X(current), (float)y);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync((float)X(year), (float)y, new MouseMoveOptions { Steps = 12 });
        await Page.Mouse.UpAsync();
    }

    /// <summary>
    /// Where a drawn node or edge is on the page, as the page reports it once it has come to rest: a drawing fitting
    /// itself to a new path or a new layout moves its nodes for a moment, and an analyst clicks where a node stays.
    /// </summary>
    public async Task<(float X, float Y)> PagePointAsync(string id)
    {
        var drawn = await Page.EvaluateAsync<JsonElement>("id => window.explorer.positionOf(id)", id);
        if (drawn.ValueKind != JsonValueKind.Object)
            throw new InvalidOperationException($"{id} is not drawn");
        var still = await Page.WaitForFunctionAsync(
            """
            id => {
              const now = window.explorer.positionOf(id), last = window.__lastPositionOf?.[id];
              (window.__lastPositionOf ??= {})[id] = now;
              return now && last && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5 ? now : null;
            }
            """, id, new PageWaitForFunctionOptions { PollingInterval = 150 });
        var position = await still.JsonValueAsync<JsonElement>();
        return ((float)position.GetProperty("x").GetDouble(), (float)position.GetProperty("y").GetDouble());
    }

    /// <summary>Clicks a drawn node or edge on the canvas where the page says it is.</summary>
    public async Task ClickDrawnAsync(string id)
    {
        var (x, y) = await PagePointAsync(id);
        await Page.Mouse.ClickAsync(x, y);
        await Page.WaitForFunctionAsync("id => window.explorer.state().selected === id", id);
    }

    /// <summary>Clicks where a drawn node is, without waiting for it to be selected (the path tool takes the click).</summary>
    public async Task ClickOnCanvasAsync(string id)
    {
        var (x, y) = await PagePointAsync(id);
        await Page.Mouse.ClickAsync(x, y);
    }

    public async Task DoubleClickDrawnAsync(string id)
    {
        var (x, y) = await PagePointAsync(id);
        await Page.Mouse.DblClickAsync(x, y);
    }

    /// <summary>Opens the context menu of a drawn node and picks the item with this text.</summary>
    public async Task PickFromMenuAsync(string id, string item)
    {
        var (x, y) = await PagePointAsync(id);
        await Page.Mouse.ClickAsync(x, y, new MouseClickOptions { Button = MouseButton.Right });
        await Page.Locator("#context-menu [role=menuitem]").Filter(new() { HasTextString = item }).ClickAsync();
    }

    public async Task HoverDrawnAsync(string id)
    {
        var (x, y) = await PagePointAsync(id);
        await Page.Mouse.MoveAsync(x, y);
    }

    /// <summary>Drags a drawn node by this many screen pixels.</summary>
    public async Task DragDrawnAsync(string id, float dx, float dy)
    {
        var (x, y) = await PagePointAsync(id);
        await Page.Mouse.MoveAsync(x, y);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(x + dx, y + dy, new MouseMoveOptions { Steps = 10 });
        await Page.Mouse.UpAsync();
    }

    /// <summary>Picks an item of the Export menu and returns the file it saves, kept beside the screenshots.</summary>
    public async Task<(string Name, byte[] Bytes)> ExportAsync(string item)
    {
        await Page.ClickAsync("#export");
        var download = await Page.RunAndWaitForDownloadAsync(
            () => Page.Locator("#context-menu [role=menuitem]").Filter(new() { HasTextString = item }).ClickAsync());
        Directory.CreateDirectory(ExplorerPaths.Screenshots);
        var file = Path.Combine(ExplorerPaths.Screenshots, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(file));
    }

    /// <summary>Every drawn node's position in drawing coordinates.</summary>
    public async Task<Dictionary<string, (double X, double Y)>> PositionsAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.explorer.positions())");
        return JsonSerializer.Deserialize<Dictionary<string, Point>>(json, Json)!.ToDictionary(p => p.Key, p => (p.Value.X, p.Value.Y));
    }

    /// <summary>Nodes whose boxes overlap another node's box: a pile-up an analyst cannot read or click.</summary>
    public async Task<IReadOnlyList<string>> OverlappingNodesAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.explorer.nodeBoxes())");
        var boxes = JsonSerializer.Deserialize<NodeBox[]>(json, Json)!;
        return boxes.Where(box => boxes.Any(other => other.Id != box.Id && box.Overlaps(other))).Select(box => box.Id).ToList();
    }

    /// <summary>An element's box on the page; null when it is not displayed.</summary>
    public Task<LocatorBoundingBoxResult?> BoxAsync(string selector) => Page.Locator(selector).BoundingBoxAsync();

    /// <summary>Rendered sizes in px of the node names and edge labels drawn now.</summary>
    public async Task<TextSizes> TextSizesAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.explorer.textSizes())");
        return JsonSerializer.Deserialize<TextSizes>(json, Json)!;
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ExplorerPaths.Screenshots);
        var path = Path.Combine(ExplorerPaths.Screenshots, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}

/// <summary>Rendered font sizes, in px, of the labels the drawing shows.</summary>
public sealed record TextSizes(double[] Names, double[] EdgeLabels);

/// <summary>A drawn node's box on the page, without its label.</summary>
public sealed record NodeBox(string Id, double X1, double Y1, double X2, double Y2)
{
    public bool Overlaps(NodeBox other) => X1 < other.X2 && other.X1 < X2 && Y1 < other.Y2 && other.Y1 < Y2;
}
