using System.Collections.Frozen;
using System.Reflection;

using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The Cypher files of <c>cypher/</c>, embedded in the assembly. A file written for one kind or relationship type names
/// the placeholder <see cref="LabelPlaceholder"/> or <see cref="TypePlaceholder"/> (valid Cypher, so the file lints as is);
/// the catalog substitutes names from <see cref="GraphOntology"/>, backtick-quoted. Only schema names are substituted;
/// values always travel as parameters.
/// </summary>
internal static class CypherCatalog
{
    public const string LabelPlaceholder = "ENTITY_LABEL";
    public const string TypePlaceholder = "RELATIONSHIP_TYPE";
    private const string ResourcePrefix = "KnowledgeGraph.Cypher.";

    private static readonly FrozenDictionary<string, string> Files = LoadFiles();

    public static IEnumerable<string> FileNames => Files.Keys.Order(StringComparer.Ordinal);

    public static string FileText(string fileName) =>
        Files.TryGetValue(fileName, out var text) ? text : throw new KeyNotFoundException($"no embedded Cypher file '{fileName}'");

    public static CypherStatement Get(string name) => new(name, FileText(name + ".cypher"));

    public static CypherStatement ForKind(string name, EntityKind kind)
    {
        var label = GraphOntology.Definition(kind).Label;
        return new($"{name}[{label}]", Substitute(name, LabelPlaceholder, label));
    }

    public static CypherStatement ForType(string name, RelationshipType type)
    {
        var typeName = GraphOntology.Rule(type).Name;
        return new($"{name}[{typeName}]", Substitute(name, TypePlaceholder, typeName));
    }

    /// <summary>The per-type statement for every relationship type, joined with UNION ALL, each branch using its type's index.</summary>
    public static CypherStatement ForAllTypes(string name) =>
        new(name, string.Join("\nUNION ALL\n", GraphOntology.Relationships.Select(rule => StripComments(ForType(name, rule.Type).Text))));

    /// <summary>The statements of <c>schema.cypher</c>, one per request (the Query API runs one statement at a time).</summary>
    public static IReadOnlyList<CypherStatement> Schema() =>
        [.. StripComments(FileText("schema.cypher"))
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select((text, index) => new CypherStatement($"schema.cypher#{index + 1}", text))];

    /// <summary>Every statement the adapter can send, expanded for every kind and type: what the Cypher check parses.</summary>
    public static IEnumerable<CypherStatement> EverySentStatement()
    {
        foreach (var statement in Schema())
            yield return statement;
        foreach (var fileName in FileNames.Where(f => f != "schema.cypher"))
        {
            var name = Path.GetFileNameWithoutExtension(fileName);
            var text = Files[fileName];
            if (text.Contains(LabelPlaceholder, StringComparison.Ordinal))
            {
                foreach (var kind in GraphOntology.Kinds)
                    yield return ForKind(name, kind.Kind);
            }
            else if (text.Contains(TypePlaceholder, StringComparison.Ordinal))
            {
                foreach (var rule in GraphOntology.Relationships)
                    yield return ForType(name, rule.Type);
                yield return ForAllTypes(name);
            }
            else
            {
                yield return Get(name);
            }
        }
    }

    private static string Substitute(string name, string placeholder, string schemaName)
    {
        var text = FileText(name + ".cypher");
        if (!text.Contains(placeholder, StringComparison.Ordinal))
            throw new InvalidOperationException($"Cypher file '{name}.cypher' has no {placeholder} to substitute");
        return text.Replace(placeholder, Quote(schemaName), StringComparison.Ordinal);
    }

    /// <summary>Backtick-quotes a label or type so that no name can change the statement's shape.</summary>
    private static string Quote(string schemaName) => "`" + schemaName.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static string StripComments(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static FrozenDictionary<string, string> LoadFiles()
    {
        var assembly = typeof(CypherCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToFrozenDictionary(r => r[ResourcePrefix.Length..], r => Read(assembly, r), StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
