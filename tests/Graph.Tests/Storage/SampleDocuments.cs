using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>Two catalogue records with every shape the stores and exports must keep: diacritics, quotes, line breaks, null fields.</summary>
internal static class SampleDocuments
{
    /// <summary>The article <see cref="Sample"/>'s records cite.</summary>
    public static Document Article { get; } = new()
    {
        Id = "vn-molisa-korea-2023.txt",
        Title = "Bộ trưởng ký \"Bản ghi nhớ\"",
        TitleEnglish = "The minister signs an MoU",
        Publisher = "O'Brien, Vietnam+",
        Published = PartialDate.OfDay(2021, 10, 20),
        Language = "vi",
        Note = "line1\nline2",
        Text = "Hà Nội.\r\nBộ trưởng Đào Ngọc Dung đã ký Bản ghi nhớ, \"EPS\" \\ ✓ 😀",
    };

    public static Document Page { get; } = new()
    {
        Id = "ilo-page.txt",
        Title = "[The ILO's page]",
        Language = "en",
        Url = "https://www.ilo.org/",
        ExcerptTaken = PartialDate.OfDay(2026, 12, 1),
        Note = "The copy starts below the headline.",
        Text = "Viet Nam joined the ILO in 1992",
    };
}
