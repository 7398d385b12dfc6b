using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Synthetic;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg generate --entities N --relationships M --seed S --db FILE</c>: a synthetic cooperation graph, the same for the
/// same seed, imported into the store through the normal import path, or written to a binary edge file with <c>--edges</c>.
/// </summary>
/// <remarks>
/// Synthetic entities have real-looking names under ids a curated store also uses (<c>country:AAB</c> "India"), so
/// generating into curated data would overwrite and mix it: the store must be named with <c>--db</c>, and one that holds
/// any record with a source is refused unless <c>--force-into-curated-store</c> says so.
/// </remarks>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var entities = new Option<int>("--entities") { Description = $"Number of entities (at least {SyntheticGraphSpec.MinimumEntities})", Required = true };
        var relationships = new Option<int>("--relationships") { Description = "Number of relationships", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same graph", DefaultValueFactory = _ => 1 };
        var edges = new Option<string?>("--edges") { Description = "Write a binary edge file (for benchmarks) instead of importing into a store" };
        var store = new StoreOption();
        store.Option.Description = "SQLite data file to generate into (required unless --edges; never the service's file by default)";
        var force = new Option<bool>("--force-into-curated-store") { Description = "Generate even into a store that holds curated data (records with sources), overwriting entities with the same ids" };
        var command = store.AddTo(new Command("generate", "Generate a synthetic graph that obeys the ontology") { entities, relationships, seed, edges, force });
        command.SetGuardedAction(async (parse, cancellationToken) =>
        {
            if (SyntheticGraphSpec.ProblemWith(parse.GetValue(entities), parse.GetValue(relationships)) is { } problem)
            {
                KgConsole.Error.MarkupLineInterpolated($"[red]error[/] --{problem.Parameter}: {problem.Message}");
                return ExitCodes.InvalidInput;
            }

            var spec = new SyntheticGraphSpec(parse.GetValue(entities), parse.GetValue(relationships), parse.GetValue(seed));
            return parse.GetValue(edges) is { } edgeFile
                ? WriteEdgeFile(spec, edgeFile)
                : await GenerateIntoStoreAsync(spec, store, parse, parse.GetValue(force), cancellationToken);
        });
        return command;
    }

    private static int WriteEdgeFile(SyntheticGraphSpec spec, string edgeFile)
    {
        var clock = Stopwatch.StartNew();
        var generator = new SyntheticGraphGenerator(spec);
        EdgeFile.Write(edgeFile, generator.Nodes.Ids, generator.Nodes.Kinds, SyntheticProjection.Columns(generator));
        KgConsole.Out.MarkupLineInterpolated($"[green]Wrote[/] {spec.Entities} entities and {spec.Relationships} relationships to {Path.GetFullPath(edgeFile)} in {clock.Elapsed.TotalSeconds:F1} s");
        return ExitCodes.Success;
    }

    private static async Task<int> GenerateIntoStoreAsync(SyntheticGraphSpec spec, StoreOption store, ParseResult parse, bool force, CancellationToken cancellationToken)
    {
        if (!store.IsGiven(parse))
            throw new RefusalException($"kg generate writes synthetic data and needs its own data file: name it with --db (without it, the service's file {store.PathOf(parse)} would be used).");
        if (store.SettingsOf(parse).Kind != StoreKind.Sqlite)
            throw new RefusalException("kg generate writes into its own SQLite file (--db); to try a synthetic graph on Neo4j, export that file with kg export --format cypher and load it there.");
        await using var opened = await store.OpenAsync(parse, SqliteStoreMode.CreateIfMissing, cancellationToken);
        var graph = (SqliteGraphStore)opened;
        if (!force && await graph.HoldsSourcedRecordsAsync(cancellationToken))
            throw new RefusalException($"{graph.Path} holds curated data (records with sources); synthetic entities would overwrite curated ones with the same ids. Name another file with --db, or add --force-into-curated-store.");
        var clock = Stopwatch.StartNew();
        var written = await new SyntheticGraphWriter(graph).WriteAsync(new SyntheticGraphGenerator(spec), cancellationToken: cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var rows = written.Entities + written.Relationships;
        KgConsole.Out.MarkupLineInterpolated($"[green]Imported[/] {written.Entities} entities and {written.Relationships} relationships in {seconds:F1} s ({written.Relationships / Math.Max(seconds, 1e-9):F0} relationships/s overall)");
        KgConsole.Out.MarkupLineInterpolated($"validation {written.Validating.TotalSeconds:F2} s, writing {written.Writing.TotalSeconds:F2} s ({rows / Math.Max(written.Writing.TotalSeconds, 1e-9):F0} records/s written)");
        return ExitCodes.Success;
    }
}
