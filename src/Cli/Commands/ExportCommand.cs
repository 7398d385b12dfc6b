using System.CommandLine;
using KnowledgeGraph.Export;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export --format F [--output file]</c>: the whole of an existing store in one format, to a file or stdout.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var format = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", GraphExporters.All.Select(e => e.Format)),
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. GraphExporters.All.Select(e => e.Format)]);
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)" };
        var command = new Command("export", "Export the whole graph") { store.Option, format, output };
        command.SetGuardedAction(async (parse, cancellationToken) =>
        {
            var exporter = GraphExporters.Find(parse.GetValue(format)!)!;
            await using var graph = await store.OpenAsync(parse, SqliteStoreMode.OpenExisting, cancellationToken);
            var file = parse.GetValue(output);
            await using var stream = file is null ? Console.OpenStandardOutput() : File.Create(file);
            await exporter.WriteAsync(graph, stream, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
