using System.CommandLine;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Sets a command's action so that unusable input, refusals and unusable data files end it with their message and exit code, in one place.</summary>
internal static class CommandActions
{
    public static void SetGuardedAction(this Command command, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await action(parse, cancellationToken);
            }
            catch (InvalidInputException invalid)
            {
                KgConsole.Error.MarkupLineInterpolated($"[red]error[/] {invalid.Message}");
                return ExitCodes.InvalidInput;
            }
            catch (RefusalException refusal)
            {
                KgConsole.Error.MarkupLineInterpolated($"[red]refused[/] {refusal.Message}");
                return ExitCodes.Refused;
            }
            catch (SqliteStoreFileException unusable)
            {
                KgConsole.Error.MarkupLineInterpolated($"[red]error[/] no knowledge graph store at {unusable.Path}: {unusable.Reason}.");
                KgConsole.Error.MarkupLine("Name an existing data file with --db; only kg import and kg generate create one.");
                return ExitCodes.NoStore;
            }
            catch (StoreSettingsException settings)
            {
                KgConsole.Error.MarkupLineInterpolated($"[red]error[/] {settings.Message}");
                return ExitCodes.NoStore;
            }
            catch (Neo4jQueryException neo4j)
            {
                // The store's own message says what Neo4j answered (or that it could not be reached), never a stack trace.
                KgConsole.Error.MarkupLineInterpolated($"[red]error[/] Neo4j: {neo4j.Message}");
                return ExitCodes.NoStore;
            }
            catch (Exception unexpected) when (unexpected is not OperationCanceledException)
            {
                // A fault of kg itself: say what failed in one line; the stack trace only when asked for (KG_DEBUG=1).
                KgConsole.Error.MarkupLineInterpolated($"[red]error[/] kg failed: {unexpected.GetType().Name}: {unexpected.Message}");
                if (Environment.GetEnvironmentVariable("KG_DEBUG") == "1")
                    KgConsole.Error.WriteLine(unexpected.ToString());
                return ExitCodes.InternalError;
            }
        });
}
