using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Sources.Support;

/// <summary>The source viewer as an evidence link opened it in a new tab: which quote is current, and what it says.</summary>
internal sealed class ViewerPopup(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Clicks <paramref name="link"/> and returns the tab it opens, loaded.</summary>
    public static async Task<ViewerPopup> OpenFromAsync(IPage opener, ILocator link)
    {
        var popup = await opener.RunAndWaitForPopupAsync(() => link.ClickAsync());
        await popup.WaitForLoadStateAsync(LoadState.Load);
        return new ViewerPopup(popup);
    }

    /// <summary>The current quote's highlighted words, joined: they must be the quote the link was for.</summary>
    public async Task<string> CurrentQuoteAsync()
    {
        var current = Page.Locator("mark.current");
        await Assertions.Expect(current.First).ToBeVisibleAsync();
        await Assertions.Expect(current.First).ToBeInViewportAsync();
        return string.Join(' ', (await current.AllTextContentsAsync()).SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }
}
