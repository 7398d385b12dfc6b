using System.CommandLine;
using KnowledgeGraph.Import;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg import &lt;file|dir&gt;</c>: one batch, all or nothing; every invalid record is listed with its location.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A batch file, or a folder whose .json files form one batch" };
        var database = StoreOption.Create();
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate only; write nothing" };
        var command = new Command("import", "Validate and import a batch of entities and relationships") { path, database, dryRun };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parse.GetValue(database)!, cancellationToken);
            var importer = new BatchImporter(store);
            ImportResult? result = null;
            await AnsiConsole.Status().StartAsync("Reading and validating…", async context =>
            {
                var records = GraphJson.ReadPath(parse.GetValue(path)!);
                context.Status($"Validating and writing {records.Entities.Count} entities and {records.Relationships.Count} relationships…");
                result = await importer.ImportAsync(records, parse.GetValue(dryRun), cancellationToken);
            });
            return Report(result!, parse.GetValue(dryRun));
        });
        return command;
    }

    private static int Report(ImportResult result, bool dryRun)
    {
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                AnsiConsole.MarkupLineInterpolated($"[red]error[/] {error}");
            AnsiConsole.MarkupLineInterpolated($"[red]{result.Errors.Count} error(s); nothing was imported.[/]");
            return 1;
        }

        if (dryRun)
        {
            AnsiConsole.MarkupLine("[green]Valid.[/] Nothing written (--dry-run).");
            return 0;
        }

        var outcome = result.Outcome!;
        AnsiConsole.MarkupLineInterpolated($"[green]Imported.[/] added {outcome.Added}, changed {outcome.Changed}, unchanged {outcome.Unchanged}; store version {outcome.Version}");
        return 0;
    }
}
