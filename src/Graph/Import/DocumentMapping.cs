using KnowledgeGraph.Model;

namespace KnowledgeGraph.Import;

/// <summary>Turns validated document records into catalogue entries and back (for exports that re-import unchanged).</summary>
public static class DocumentMapping
{
    /// <summary>The catalogue entry of a validated record.</summary>
    public static Document ToDocument(this DocumentRecord record) => new()
    {
        Id = record.Id!.Trim(),
        Title = record.Title!.Trim(),
        TitleEnglish = Blank(record.TitleEnglish),
        Publisher = Blank(record.Publisher),
        Published = record.Published is null ? null : PartialDate.Parse(record.Published),
        Language = record.Language!.Trim(),
        Url = Blank(record.Url),
        ExcerptTaken = record.ExcerptTaken is null ? null : PartialDate.Parse(record.ExcerptTaken),
        Note = Blank(record.Note),
        // The text is kept exactly as given: quotes are checked against it and the viewer shows it.
        Text = string.IsNullOrWhiteSpace(record.Text) ? null : record.Text,
    };

    /// <summary>The record that imports back as <paramref name="document"/>.</summary>
    public static DocumentRecord ToRecord(this Document document) => new()
    {
        Id = document.Id,
        Title = document.Title,
        TitleEnglish = document.TitleEnglish,
        Publisher = document.Publisher,
        Published = document.Published?.ToString(),
        Language = document.Language,
        Url = document.Url,
        ExcerptTaken = document.ExcerptTaken?.ToString(),
        Note = document.Note,
        Text = document.Text,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
