using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The article <c>kg ingest</c> reads, with the metadata given on the command line or, where the text gives it,
/// detected (the language, a time-stamped date, an HTML page's title, else its first line), each detection said.
/// </summary>
internal static partial class IngestInput
{
    public sealed record Options(string? Id, string? Title, string? TitleEnglish, string? Publisher, string? Date, string? Url, string? Language);

    /// <exception cref="InvalidInputException">The file cannot be read or an option's value is not valid.</exception>
    public static IngestDocument Read(string path, Options options)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
            throw new InvalidInputException($"{file.FullName}: no such file");
        if (file.Length > IngestSettings.MaxFileBytes)
            throw new InvalidInputException($"{file.FullName} is {file.Length:N0} bytes; kg ingest reads articles of at most {IngestSettings.MaxFileBytes:N0} bytes");
        var content = File.ReadAllText(file.FullName).ReplaceLineEndings("\n");
        if (!KnowledgeGraph.Text.WellFormedText.IsWellFormed(content) || content.Contains('\0'))
            throw new InvalidInputException($"{file.FullName} is not text (UTF-8)");
        var detected = new List<string>();
        string? pageTitle = null;
        if (HtmlText.LooksLikeHtml(content))
        {
            (content, pageTitle) = HtmlText.Extract(content);
            detected.Add("read as HTML: tags dropped, the text kept");
        }

        if (string.IsNullOrWhiteSpace(content))
            throw new InvalidInputException($"{file.FullName} holds no text");
        var language = options.Language ?? DocumentFacts.Language(content);
        if (options.Language is null)
            detected.Add($"language {language}, from the letters of the text");
        else if (!LanguageCode().IsMatch(language))
            throw new InvalidInputException($"--language '{language}' is not a language code such as vi or en");
        var title = options.Title ?? pageTitle ?? content.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        if (options.Title is null)
            detected.Add($"title from the {(pageTitle is null ? "text's first line" : "page's <title>")}: {title}");
        PartialDate? published;
        if (options.Date is not null)
            published = PartialDate.TryParse(options.Date, out var given) ? given : throw new InvalidInputException($"--date '{options.Date}' is not a date such as 2023, 2023-06 or 2023-06-15");
        else if ((published = DocumentFacts.Published(content)) is not null)
            detected.Add($"date {published}, from the time stamp in the text");
        if (options.Url is not null && !(Uri.TryCreate(options.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new InvalidInputException($"--url '{options.Url}' is not an absolute http(s) URL");
        var id = options.Id ?? DocumentId(file.Name);
        if (!DocumentIdPattern().IsMatch(id))
            throw new InvalidInputException($"--id '{id}' is not a document id: letters, digits, '.', '_' and '-', starting with a letter or digit");
        return new IngestDocument
        {
            Id = id,
            Title = title,
            TitleEnglish = options.TitleEnglish,
            Publisher = options.Publisher,
            Published = published,
            Language = language,
            Url = options.Url,
            Text = content,
            Detected = detected,
        };
    }

    /// <summary>The file's name as a document id (the catalogue cites articles by file name), other characters as '-'.</summary>
    private static string DocumentId(string fileName) => NotInId().Replace(fileName, "-").TrimStart('-', '.', '_');

    [GeneratedRegex(@"^[a-z]{2,3}\z")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\z")]
    private static partial Regex DocumentIdPattern();

    [GeneratedRegex(@"[^A-Za-z0-9._-]")]
    private static partial Regex NotInId();
}
