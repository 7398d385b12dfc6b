using System.Text.RegularExpressions;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Validation;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The article <c>kg ingest</c> reads, with the metadata given on the command line or, where the text gives it,
/// detected (the language, a time-stamped date, an HTML page's title, else its first line), each detection said. The
/// metadata meets the catalogue's own rules (<see cref="DocumentRecordValidator"/>), each failure naming its option.
/// </summary>
internal static partial class IngestInput
{
    public sealed record Options(string? Id, string? Title, string? TitleEnglish, string? Publisher, string? Date, string? Url, string? Language);

    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Id"] = "--id", ["Title"] = "--title", ["TitleEnglish"] = "--title-english", ["Publisher"] = "--publisher",
        ["Published"] = "--date", ["Url"] = "--url", ["Language"] = "--language",
    };

    /// <exception cref="InvalidInputException">The file cannot be read or an option's value is not valid.</exception>
    public static IngestDocument Read(string path, Options options)
    {
        var file = new FileInfo(path);
        var content = Content(file);
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
        var title = options.Title ?? pageTitle ?? content.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        if (options.Title is null)
            detected.Add($"title from the {(pageTitle is null ? "text's first line" : "page's <title>")}: {title}");
        var published = options.Date;
        if (published is null && DocumentFacts.Published(content) is { } stamped)
        {
            published = stamped.ToString();
            detected.Add($"date {published}, from the time stamp in the text");
        }

        var record = new DocumentRecord
        {
            Id = options.Id ?? DocumentId(file.Name),
            Title = title,
            TitleEnglish = options.TitleEnglish,
            Publisher = options.Publisher,
            Published = published,
            Language = language,
            Url = options.Url,
            Text = content,
        };
        // The English title may still come from the catalogue: it is asked for once the store is open.
        var problems = new DocumentRecordValidator().Validate(record).Errors.Where(e => e.PropertyName != nameof(DocumentRecord.TitleEnglish)).ToList();
        if (problems.Count > 0)
            throw new InvalidInputException(string.Join("; ", problems.Select(p => $"{OptionOf.GetValueOrDefault(p.PropertyName, p.PropertyName)}: {p.ErrorMessage}")));
        return new IngestDocument(record.ToDocument(), detected);
    }

    private static string Content(FileInfo file)
    {
        if (!file.Exists)
            throw new InvalidInputException($"{file.FullName}: no such file");
        if (file.Length > IngestSettings.MaxFileBytes)
            throw new InvalidInputException($"{file.FullName} is {file.Length:N0} bytes; kg ingest reads articles of at most {IngestSettings.MaxFileBytes:N0} bytes");
        var content = File.ReadAllText(file.FullName).ReplaceLineEndings("\n");
        if (!KnowledgeGraph.Text.WellFormedText.IsWellFormed(content) || content.Contains('\0'))
            throw new InvalidInputException($"{file.FullName} is not text (UTF-8)");
        return content;
    }

    /// <summary>The file's name as a document id (the catalogue cites articles by file name), other characters as '-'.</summary>
    private static string DocumentId(string fileName) => NotInId().Replace(fileName, "-").TrimStart('-', '.', '_');

    [GeneratedRegex(@"[^A-Za-z0-9._-]")]
    private static partial Regex NotInId();
}
