using System.CommandLine;
using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg import &lt;file|dir&gt;</c>: one batch, all or nothing; every error of every record is listed, in record order.
/// A dry run never creates the data file: when it does not exist yet, the batch is validated against an empty store.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A batch file, or a folder whose .json files form one batch" };
        var store = new StoreOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate only; write nothing and create no data file" };
        var command = store.AddTo(new Command("import", "Validate and import a batch of entities and relationships") { path, dryRun });
        command.SetGuardedAction(async (parse, cancellationToken) =>
        {
            var batch = parse.GetValue(path)!;
            if (parse.GetValue(dryRun))
                return await DryRunAsync(store, parse, batch, cancellationToken);
            await using var graph = await store.OpenAsync(parse, SqliteStoreMode.CreateIfMissing, cancellationToken);
            return await ImportAsync(graph, batch, dryRun: false, cancellationToken);
        });
        return command;
    }

    private static async Task<int> DryRunAsync(StoreOption store, ParseResult parse, string batch, CancellationToken cancellationToken)
    {
        IGraphStore? existing = null;
        try
        {
            existing = await store.OpenAsync(parse, SqliteStoreMode.OpenExisting, cancellationToken);
        }
        catch (SqliteStoreFileException missing) when (missing.Problem == SqliteStoreFileProblem.Missing)
        {
            KgConsole.Error.MarkupLine("[grey]It does not exist yet: validating against an empty store.[/]");
        }

        if (existing is not null)
        {
            await using (existing)
                return await ImportAsync(existing, batch, dryRun: true, cancellationToken);
        }

        await using var scratch = await ScratchStore.CreateAsync(cancellationToken);
        return await ImportAsync(scratch.Store, batch, dryRun: true, cancellationToken);
    }

    private static async Task<int> ImportAsync(IGraphStore store, string batch, bool dryRun, CancellationToken cancellationToken)
    {
        var importer = new BatchImporter(store);
        ImportResult? result = null;
        await KgConsole.Error.Status().StartAsync("Reading and validating…", async context =>
        {
            var records = GraphJson.ReadPath(batch);
            context.Status($"Validating {records.Entities.Count} entities and {records.Relationships.Count} relationships…");
            result = await importer.ImportAsync(records, dryRun, cancellationToken);
        });
        return Report(result!, dryRun);
    }

    private static int Report(ImportResult result, bool dryRun)
    {
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                KgConsole.Out.MarkupLineInterpolated($"[red]error[/] {error}");
            KgConsole.Out.MarkupLineInterpolated($"[red]{result.Errors.Count} error(s); nothing was imported.[/]");
            return ExitCodes.InvalidInput;
        }

        if (dryRun)
        {
            KgConsole.Out.MarkupLine("[green]Valid.[/] Nothing written (--dry-run).");
            return ExitCodes.Success;
        }

        var outcome = result.Outcome!;
        KgConsole.Out.MarkupLineInterpolated($"[green]Imported.[/] added {outcome.Added}, changed {outcome.Changed}, unchanged {outcome.Unchanged}; store version {outcome.Version}");
        return ExitCodes.Success;
    }
}
