using System.Reflection;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Api.Playground;

/// <summary>
/// The example operations, read from the embedded <c>Playground/Examples/*.graphql</c> files (in file-name order).
/// The first line, a comment, is the button title; the operation must be named. A feature adds an example by adding a file.
/// </summary>
internal static partial class PlaygroundExamples
{
    private const string ResourcePrefix = "KnowledgeGraph.Api.Playground.Examples.";

    public static IReadOnlyList<PlaygroundExample> All { get; } = Load();

    private static List<PlaygroundExample> Load()
    {
        var assembly = typeof(PlaygroundExamples).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".graphql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Parse(name, Read(assembly, name)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static PlaygroundExample Parse(string resource, string text)
    {
        var title = text.StartsWith('#') ? text[1..text.IndexOf('\n', StringComparison.Ordinal)].Trim() : resource;
        // The playground sends this name with the example's text, so an anonymous operation would be sent under a name
        // its document does not contain.
        var name = OperationName().Match(text) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"The playground example {resource} has no named query or mutation.");
        return new PlaygroundExample(title, name, text);
    }

    [GeneratedRegex(@"^\s*(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
