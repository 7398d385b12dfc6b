namespace KnowledgeGraph.Ingest;

/// <summary>A name as its folded words between spaces, so that one name is found inside another only as whole words.</summary>
internal static class FoldedWords
{
    public static string Of(string name) =>
        " " + string.Join(' ', Tokenizer.Tokens(name, new TextSpan(0, name.Length)).Select(t => t.Folded).Where(f => f.Length > 0)) + " ";
}
