using System.CommandLine;
using KnowledgeGraph.Ontology;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats</c>: counts by entity kind and relationship type.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var database = StoreOption.Create();
        var command = new Command("stats", "Print counts by entity kind and relationship type") { database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parse.GetValue(database)!, cancellationToken);
            var statistics = await store.GetStatisticsAsync(cancellationToken);
            var entities = new Table().AddColumn("kind").AddColumn(new TableColumn("entities").RightAligned());
            foreach (var (kind, count) in statistics.EntitiesByKind.OrderBy(k => k.Key))
                entities.AddRow(kind.Name(), count.ToString("N0"));
            entities.AddRow("[bold]total[/]", $"[bold]{statistics.EntityCount:N0}[/]");
            var relationships = new Table().AddColumn("type").AddColumn(new TableColumn("relationships").RightAligned());
            foreach (var (type, count) in statistics.RelationshipsByType.OrderBy(t => t.Key))
                relationships.AddRow(type.Name(), count.ToString("N0"));
            relationships.AddRow("[bold]total[/]", $"[bold]{statistics.RelationshipCount:N0}[/]");
            AnsiConsole.Write(entities);
            AnsiConsole.Write(relationships);
            AnsiConsole.MarkupLineInterpolated($"store version {statistics.Version}");
            return 0;
        });
        return command;
    }
}
