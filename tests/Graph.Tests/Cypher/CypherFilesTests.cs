using System.Text.RegularExpressions;

using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Cypher;

/// <summary>Every Cypher file, and every statement the Neo4j adapter sends, passes Neo4j's own parser.</summary>
public sealed class CypherFilesTests : IDisposable
{
    private static readonly string CypherFolder = Path.Combine(RepositoryPaths.Root, "cypher");
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("kg-cypher-");

    [Fact]
    public async Task Every_file_in_the_cypher_folder_parses_without_errors()
    {
        var files = Directory.GetFiles(CypherFolder, "*.cypher");

        var outcome = await CypherLint.RunAsync(files);

        Assert.NotEmpty(files);
        Assert.Equal(files.Length, outcome.Files.Count);
        Assert.Empty(outcome.ErrorLines);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task Every_statement_the_adapter_sends_parses_without_errors_once_labels_and_types_are_substituted()
    {
        var statements = CypherCatalog.EverySentStatement().ToList();
        var files = statements.Select((s, i) => Write($"{i:D3}.cypher", s.Text)).ToList();

        var outcome = await CypherLint.RunAsync(files);

        Assert.Empty(outcome.ErrorLines);
        Assert.Contains(statements, s => s.Name == "relationship-upsert[HOLDS_POSITION]");
        Assert.Contains(statements, s => s.Name == "entity-upsert[IloConvention]");
    }

    [Fact]
    public async Task The_check_fails_on_a_broken_statement()
    {
        var broken = Write("broken.cypher", "MATCH (e:Entity {id: $id})\nRETRN e");

        var outcome = await CypherLint.RunAsync([broken]);

        Assert.Equal(1, outcome.ExitCode);
        var error = Assert.Single(outcome.Files).Errors.First();
        Assert.Equal(2, error.Line);
        Assert.Contains("RETRN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_in_the_cypher_folder_is_embedded_in_the_library()
    {
        var onDisk = Directory.GetFiles(CypherFolder, "*.cypher").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, CypherCatalog.FileNames);
        foreach (var name in CypherCatalog.FileNames)
            Assert.Equal(File.ReadAllText(Path.Combine(CypherFolder, name)).ReplaceLineEndings("\n"), CypherCatalog.FileText(name));
    }

    [Fact]
    public void Schema_declares_a_unique_id_for_every_label_and_relationship_type_of_the_ontology()
    {
        var schema = CypherCatalog.FileText("schema.cypher");
        var labels = Regex.Matches(schema, @"FOR \(\w+:(\w+)\) REQUIRE \w+\.id IS UNIQUE").Select(m => m.Groups[1].Value).ToHashSet();
        var types = Regex.Matches(schema, @"FOR \(\)-\[\w+:(\w+)\]-\(\) REQUIRE \w+\.id IS UNIQUE").Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Superset(GraphOntology.Kinds.Select(k => k.Label).Append("Entity").ToHashSet(), labels);
        Assert.Equal(GraphOntology.Relationships.Select(r => r.Name).ToHashSet(), types);
    }

    [Fact]
    public void Statements_take_values_only_as_parameters()
    {
        // The only literals allowed are the fixed words the statements compare against, never data.
        var allowed = new HashSet<string> { "'Entity'", "'BOTH'", "'OUTGOING'", "'INCOMING'" };
        foreach (var name in CypherCatalog.FileNames.Where(n => n != "schema.cypher"))
        {
            var code = string.Join('\n', CypherCatalog.FileText(name).Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            var literals = Regex.Matches(code, @"'[^']*'|""[^""]*""").Select(m => m.Value).Where(l => !allowed.Contains(l));
            Assert.True(!literals.Any(), $"{name} has literal values {string.Join(", ", literals)}; pass them as parameters");
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _temp.Delete(recursive: true);
}
