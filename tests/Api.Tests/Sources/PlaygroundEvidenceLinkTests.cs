using System.Text.Json.Nodes;

using KnowledgeGraph.Api.Tests.Playground.Support;
using KnowledgeGraph.Api.Tests.Sources.Support;

namespace KnowledgeGraph.Api.Tests.Sources;

/// <summary>In Chromium: a source's viewer path in the playground's answer is a link to the document, opened at the quote.</summary>
public sealed class PlaygroundEvidenceLinkTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task A_viewer_path_in_the_answer_opens_the_document_with_that_quote_highlighted()
    {
        await using var playground = await fixture.OpenAsync();
        var answer = JsonNode.Parse(await playground.ClickExampleAndReadResultAsync("Agreements involving Korea since 2020"))!;
        var cited = answer["data"]!["agreements"]!.AsArray().SelectMany(a => a!["sources"]!.AsArray()).First(s => s!["viewer"] is not null)!;
        var path = cited["viewer"]!.GetValue<string>();
        // CodeMirror draws only the lines on screen: bring the line with the path into view first.
        await playground.Page.EvaluateAsync(
            "path => { const cm = document.querySelector('.result-window .CodeMirror').CodeMirror; const line = cm.getValue().split('\\n').findIndex(l => l.includes(path)); cm.scrollIntoView({ line, ch: 0 }, 100); }",
            path);
        var link = playground.Page.Locator(".result-window .kg-source-link", new() { HasText = path }).First;

        var viewer = await ViewerPopup.OpenFromAsync(playground.Page, link);

        Assert.EndsWith(path, viewer.Page.Url, StringComparison.Ordinal);
        Assert.Equal(string.Join(' ', cited["quote"]!.GetValue<string>().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), await viewer.CurrentQuoteAsync());
    }
}
