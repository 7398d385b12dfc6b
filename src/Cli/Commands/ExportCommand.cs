using System.CommandLine;
using KnowledgeGraph.Export;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg export --format F [-o file]</c>: the whole store in one format. Text formats go to standard output unless
/// <c>-o</c> names a file; archives (neo4j-csv) always go to a named <c>.zip</c>, by default named after the store.
/// An existing file is never replaced without <c>--overwrite</c>, and the export says what it wrote.
/// </summary>
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
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output; for neo4j-csv, <store>.neo4j-csv.zip here)" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the output file if it exists" };
        var command = store.AddTo(new Command("export", "Export the whole graph") { format, output, overwrite });
        command.SetGuardedAction(async (parse, cancellationToken) =>
        {
            var exporter = GraphExporters.Find(parse.GetValue(format)!)!;
            await using var graph = await store.OpenAsync(parse, SqliteStoreMode.OpenExisting, cancellationToken);
            if (FileFor(exporter, parse.GetValue(output), NameOf(graph)) is { } file)
            {
                var (written, bytes) = await ExportFile.WriteAsync(file, parse.GetValue(overwrite), stream => exporter.WriteAsync(graph, stream, cancellationToken));
                Report(written, file, bytes);
                return ExitCodes.Success;
            }

            await using var stdout = new CountingStream(Console.OpenStandardOutput());
            var counts = await exporter.WriteAsync(graph, stdout, cancellationToken);
            await stdout.FlushAsync(cancellationToken);
            Report(counts, "standard output", stdout.BytesWritten);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What an archive is named after by default: the SQLite file, or the store's kind ("neo4j").</summary>
    private static string NameOf(IGraphStore graph) => graph is SqliteGraphStore file ? file.Path : graph.Kind;

    /// <summary>The file to write, or null for standard output.</summary>
    private static string? FileFor(IGraphExporter exporter, string? output, string storeName)
    {
        if (!exporter.IsArchive)
            return output is null ? null : Path.GetFullPath(output);
        var extension = "." + exporter.Extension;
        var named = output ?? $"{Path.GetFileNameWithoutExtension(storeName)}.{exporter.Format}{extension}";
        return Path.GetFullPath(named.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? named : named + extension);
    }

    private static void Report(ExportCounts counts, string destination, long bytes) =>
        KgConsole.Error.MarkupLineInterpolated($"[green]Wrote[/] {counts.Entities:N0} entities and {counts.Relationships:N0} relationships to {destination} ({bytes:N0} bytes)");
}
