using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Synthetic;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg generate --entities N --relationships M --seed S</c>: a synthetic cooperation graph, the same for the same seed,
/// imported into the store through the normal import path, or written to a binary edge file with <c>--edges</c>.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var entities = new Option<int>("--entities") { Description = "Number of entities (at least 16)", Required = true };
        var relationships = new Option<int>("--relationships") { Description = "Number of relationships", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same graph", DefaultValueFactory = _ => 1 };
        var edges = new Option<string?>("--edges") { Description = "Write a binary edge file (for benchmarks) instead of importing into the store" };
        var database = StoreOption.Create();
        var command = new Command("generate", "Generate a synthetic graph that obeys the ontology") { entities, relationships, seed, edges, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            SyntheticGraphSpec spec;
            try
            {
                spec = new SyntheticGraphSpec(parse.GetValue(entities), parse.GetValue(relationships), parse.GetValue(seed));
            }
            catch (ArgumentOutOfRangeException error)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error[/] {error.Message}");
                return 1;
            }

            var clock = Stopwatch.StartNew();
            var generator = new SyntheticGraphGenerator(spec);
            if (parse.GetValue(edges) is { } edgeFile)
            {
                EdgeFile.Write(edgeFile, generator.Nodes.Ids, generator.Nodes.Kinds, SyntheticProjection.Columns(generator));
                AnsiConsole.MarkupLineInterpolated($"[green]Wrote[/] {spec.Entities} entities and {spec.Relationships} relationships to {edgeFile} in {clock.Elapsed.TotalSeconds:F1} s");
                return 0;
            }

            await using var store = await StoreOption.OpenAsync(parse.GetValue(database)!, cancellationToken);
            var (written, related) = await new SyntheticGraphWriter(store).WriteAsync(generator, cancellationToken: cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            AnsiConsole.MarkupLineInterpolated($"[green]Imported[/] {written} entities and {related} relationships in {seconds:F1} s ({related / Math.Max(seconds, 1e-9):F0} relationships/s overall)");
            return 0;
        });
        return command;
    }
}
