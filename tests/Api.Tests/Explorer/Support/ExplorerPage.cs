using System.Globalization;
using System.Text.Json;

using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>What is drawn, as the page's <c>window.explorer.state()</c> reports it.</summary>
public sealed record DrawnState(string Status, string? Error, string? Centre, int Since, int Until, string? Selected, string[] Nodes, string[] Edges, DrawnPath Path);

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

    public static async Task<ExplorerPage> OpenAsync(IBrowser browser, Uri baseAddress, string fragment)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            AcceptDownloads = true,
        });
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

    /// <summary>Clicks a drawn node or edge on the canvas where the page says it is.</summary>
    public async Task ClickDrawnAsync(string id)
    {
        var position = await Page.EvaluateAsync<JsonElement>("id => window.explorer.positionOf(id)", id);
        if (position.ValueKind != JsonValueKind.Object)
            throw new InvalidOperationException($"{id} is not drawn");
        await Page.Mouse.ClickAsync((float)position.GetProperty("x").GetDouble(), (float)position.GetProperty("y").GetDouble());
        await Page.WaitForFunctionAsync("id => window.explorer.state().selected === id", id);
    }

    /// <summary>Nodes whose boxes overlap another node's box: a pile-up an analyst cannot read or click.</summary>
    public async Task<IReadOnlyList<string>> OverlappingNodesAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.explorer.nodeBoxes())");
        var boxes = JsonSerializer.Deserialize<NodeBox[]>(json, Json)!;
        return boxes.Where(box => boxes.Any(other => other.Id != box.Id && box.Overlaps(other))).Select(box => box.Id).ToList();
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

/// <summary>A drawn node's box on the page, without its label.</summary>
public sealed record NodeBox(string Id, double X1, double Y1, double X2, double Y2)
{
    public bool Overlaps(NodeBox other) => X1 < other.X2 && other.X1 < X2 && Y1 < other.Y2 && other.Y1 < Y2;
}
