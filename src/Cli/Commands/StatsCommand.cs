using System.CommandLine;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats</c>: counts by entity kind and relationship type of an existing store.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var command = new Command("stats", "Print counts by entity kind and relationship type") { store.Option };
        command.SetGuardedAction(async (parse, cancellationToken) =>
        {
            await using var graph = await store.OpenAsync(parse, SqliteStoreMode.OpenExisting, cancellationToken);
            var statistics = await graph.GetStatisticsAsync(cancellationToken);
            WriteTables(statistics);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTables(GraphStatistics statistics)
    {
        var entities = new Table().AddColumn("kind").AddColumn(new TableColumn("entities").RightAligned());
        foreach (var (kind, count) in statistics.EntitiesByKind.OrderBy(k => k.Key))
            entities.AddRow(kind.Name(), count.ToString("N0"));
        entities.AddRow("[bold]total[/]", $"[bold]{statistics.EntityCount:N0}[/]");
        var relationships = new Table().AddColumn("type").AddColumn(new TableColumn("relationships").RightAligned());
        foreach (var (type, count) in statistics.RelationshipsByType.OrderBy(t => t.Key))
            relationships.AddRow(type.Name(), count.ToString("N0"));
        relationships.AddRow("[bold]total[/]", $"[bold]{statistics.RelationshipCount:N0}[/]");
        KgConsole.Out.Write(entities);
        KgConsole.Out.Write(relationships);
        KgConsole.Out.MarkupLineInterpolated($"store version {statistics.Version}");
    }
}
