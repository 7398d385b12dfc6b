namespace KnowledgeGraph.Import;

/// <summary>
/// A document's text file: the document's own words, after an optional header between two <c>---</c> lines in which
/// a web excerpt says where it comes from (<c>url:</c>, <c>title:</c>, <c>copy:</c>, <c>excerpted:</c>). The header
/// is the curators' and never part of the stored text.
/// </summary>
internal sealed record DocumentText(IReadOnlyDictionary<string, string> Header, string Text)
{
    private const string Fence = "---";

    public static DocumentText Read(string path) => Parse(System.IO.File.ReadAllText(path));

    public static DocumentText Parse(string content)
    {
        var lines = content.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0] != Fence)
            return new(new Dictionary<string, string>(), content);
        var end = Array.IndexOf(lines, Fence, 1);
        if (end < 0)
            throw new FormatException("the header opened by '---' on the first line has no closing '---' line");
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines[1..end])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw new FormatException($"header line '{line}' is not 'name: value'");
            header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return new(header, string.Join('\n', lines[(end + 1)..]));
    }
}
