using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Api.Tests.Views;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Curate;

[Collection(ViewsCollection.Name)]
public sealed class CuratePageTests(ViewsFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly CandidateFiles files = new();

    private IGraphStore Store => fixture.Server.Services.GetRequiredService<IGraphStore>();

    public void Dispose() => files.Dispose();

    private async Task<IPage> OpenWithAsync(string documentId)
    {
        var (page, errors) = await fixture.OpenAsync("/curate");
        await page.Locator("#files").SetInputFilesAsync(files.For(documentId));
        await page.Locator("li.candidate").First.WaitForAsync();
        await page.Locator("#reviewer").FillAsync("Test Reviewer");
        await page.Locator("#api-key").FillAsync(GraphApiFactory.ApiKey);
        Assert.Empty(errors);
        return page;
    }

    /// <summary>Decides by keyboard: from the first candidate, accepts those at <paramref name="accepted"/> and rejects the one after each.</summary>
    private static async Task<List<string>> AcceptByKeyboardAsync(IPage page, params int[] accepted)
    {
        var rows = page.Locator("li.candidate");
        var ids = new List<string>();
        await rows.First.FocusAsync();
        var at = 0;
        foreach (var index in accepted)
        {
            for (; at < index; at++)
                await page.Keyboard.PressAsync("j");
            await page.Keyboard.PressAsync("a");
            ids.Add((await rows.Nth(index).GetAttributeAsync("data-id"))!);
            await page.Keyboard.PressAsync("j");
            await page.Keyboard.PressAsync("r");
            at++;
        }

        return ids;
    }

    [Fact]
    public async Task Accepting_writes_exactly_the_accepted_candidates_with_their_review()
    {
        var page = await OpenWithAsync("lao-accepted.txt");
        var total = await page.Locator("li.candidate").CountAsync();
        var accepted = await AcceptByKeyboardAsync(page, 0, 3);
        var focusedSentence = await page.EvaluateAsync<string>("() => document.activeElement.dataset.sentence");
        Assert.Equal(focusedSentence, await page.Locator("#document .sentence.current").GetAttributeAsync("data-sentence"));

        await page.Keyboard.PressAsync("Control+Enter");
        await page.Locator("#result .ok").WaitForAsync();
        output.WriteLine($"Screenshot: {await ViewsFixture.ScreenshotAsync(page, "curate.png")}");

        var all = (await page.Locator("li.candidate").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)")).ToList();
        var written = await Store.GetRelationshipsAsync(all);
        Assert.True(total > 4);
        Assert.Equal(accepted.Order(), written.Keys.Order());
        Assert.All(written.Values.SelectMany(r => r.Sources), s =>
        {
            Assert.Equal("lao-accepted.txt", s.Document);
            Assert.Equal("Test Reviewer", s.ReviewedBy);
            Assert.NotNull(s.ReviewedAt);
        });
        Assert.Contains("lao-accepted.txt", (await Store.GetDocumentsAsync(["lao-accepted.txt"])).Keys);
        await AssertQueryableAsync(written.Values.First());
    }

    /// <summary>The accepted fact is in the graph's answers at once, with its quote, document, attestation and review.</summary>
    private async Task AssertQueryableAsync(KnowledgeGraph.Model.Relationship accepted)
    {
        using var client = fixture.Server.CreateKestrelClient();
        var response = await client.PostAsync(
            "query($of: ID!) { timeline(of: $of) { id sources { document quote asOf reviewedBy reviewedAt } } }", new { of = accepted.From });

        var item = Assert.Single(response.Data!["timeline"]!.AsArray(), r => r!["id"]!.GetValue<string>() == accepted.Id)!;
        var source = item["sources"]![0]!;
        Assert.Equal("lao-accepted.txt", source["document"]!.GetValue<string>());
        Assert.Equal(accepted.Sources[0].Quote, source["quote"]!.GetValue<string>());
        Assert.Equal("Test Reviewer", source["reviewedBy"]!.GetValue<string>());
        Assert.Equal(accepted.Sources[0].AsOf?.ToString(), source["asOf"]?.GetValue<string>());
    }

    [Fact]
    public async Task Nothing_is_written_when_one_accepted_candidate_is_invalid()
    {
        var page = await OpenWithAsync("lao-invalid.txt");
        var version = await Store.GetVersionAsync();
        var accepted = await AcceptByKeyboardAsync(page, 0, 3);
        var broken = page.Locator("li.candidate").Nth(3);
        await broken.Locator("input.end").Last.FillAsync("ministry:XXX-NOWHERE");
        await broken.Locator("input.end").Last.DispatchEventAsync("change");

        await page.Locator("#write").ClickAsync();
        await page.Locator("#result .bad").WaitForAsync();

        Assert.Equal("candidate invalid", await broken.GetAttributeAsync("class"));
        Assert.Contains("no entity has this id", await broken.Locator(".problem").TextContentAsync());
        Assert.Empty(await Store.GetRelationshipsAsync(accepted));
        Assert.Empty(await Store.GetDocumentsAsync(["lao-invalid.txt"]));
        Assert.Equal(version, await Store.GetVersionAsync());
    }

    [Fact]
    public async Task Without_the_api_key_nothing_is_written()
    {
        var page = await OpenWithAsync("lao-no-key.txt");
        var accepted = await AcceptByKeyboardAsync(page, 0);
        await page.Locator("#api-key").FillAsync("wrong-key");

        await page.Locator("#write").ClickAsync();
        await page.Locator("#result .bad").WaitForAsync();

        Assert.Contains("API key", await page.Locator("#result").TextContentAsync());
        Assert.Empty(await Store.GetRelationshipsAsync(accepted));
    }

    [Fact]
    public async Task On_a_390_px_phone_the_page_is_one_column_and_a_tap_accepts_a_candidate()
    {
        var (page, errors) = await fixture.OpenAsync("/curate", width: 390, height: 844);
        await page.Locator("#files").SetInputFilesAsync(files.For("lao-phone.txt"));
        await page.Locator("li.candidate").First.WaitForAsync();

        var controls = (await page.Locator(".controls").BoundingBoxAsync())!;
        var document = (await page.Locator(".document-area").BoundingBoxAsync())!;
        var candidates = (await page.Locator(".details").BoundingBoxAsync())!;
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var first = page.Locator("li.candidate").First;
        await first.Locator("button", new() { HasText = "Accept" }).ClickAsync();

        Assert.Equal(390, scrollWidth);
        Assert.True(controls.Y + controls.Height <= document.Y + 1, "the controls overlap the document");
        Assert.True(document.Y + document.Height <= candidates.Y + 1, "the document overlaps the candidates");
        Assert.Equal("accepted", await first.GetAttributeAsync("data-decision"));
        Assert.Empty(errors);
    }
}
