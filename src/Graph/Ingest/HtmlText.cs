using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// The readable text of a page saved as HTML: scripts, styles and tags dropped, block elements and line breaks as new
/// lines, entities decoded, runs of blank lines closed up. The page's <c>&lt;title&gt;</c> is kept aside as its title.
/// </summary>
public static partial class HtmlText
{
    /// <summary>True when <paramref name="content"/> starts like an HTML page.</summary>
    public static bool LooksLikeHtml(string content) => HtmlStart().IsMatch(content);

    /// <summary>The page's readable text and its title, when it has one.</summary>
    public static (string Text, string? Title) Extract(string html)
    {
        var title = TitleElement().Match(html) is { Success: true } m ? Clean(m.Groups[1].Value) : null;
        var body = Hidden().Replace(html, " ");
        body = Comment().Replace(body, " ");
        body = BlockBreak().Replace(body, "\n");
        body = Tag().Replace(body, "");
        body = WebUtility.HtmlDecode(body);
        var lines = body.ReplaceLineEndings("\n").Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        var text = new StringBuilder();
        foreach (var line in lines.Where(l => l.Length > 0))
            text.Append(line).Append('\n');
        return (text.ToString(), string.IsNullOrWhiteSpace(title) ? null : title);
    }

    private static string Clean(string fragment) => Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(fragment, "")), " ").Trim();

    [GeneratedRegex(@"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"<(script|style|noscript|template|head)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<\s*(br|/p|/div|/h[1-6]|/li|/tr|/td|/th|/section|/article|/header|/footer|/blockquote|p|div|h[1-6]|li|tr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();
}
