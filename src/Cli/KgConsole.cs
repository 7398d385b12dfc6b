using Spectre.Console;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Where kg writes: a command's result (tables, JSON, exported data) to standard output, and what it is doing (the
/// data file it uses, what it wrote, refusals) to standard error, so <c>kg stats --json | jq</c> and
/// <c>kg export &gt; graph.json</c> receive data only.
/// </summary>
internal static class KgConsole
{
    /// <summary>
    /// Line width for output that goes to a file or a pipe, where there is no terminal to fit and wrapping at a guessed
    /// 80 columns would only break messages apart (an environment's <c>COLUMNS</c> still wins).
    /// </summary>
    private const int RedirectedWidth = 1000;

    public static IAnsiConsole Out { get; } = Sized(AnsiConsole.Console, Console.IsOutputRedirected);

    public static IAnsiConsole Error { get; } = Sized(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), Console.IsErrorRedirected);

    private static IAnsiConsole Sized(IAnsiConsole console, bool redirected)
    {
        if (redirected)
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : RedirectedWidth;
        return console;
    }
}
