using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs the real <c>kg</c> program (the built kg.dll) in a child process and captures what it prints.</summary>
internal static class Kg
{
    public static Task<KgRun> RunAsync(params string[] arguments) => RunInAsync(null, arguments);

    /// <summary>
    /// Runs kg in <paramref name="workingDirectory"/> (a temp folder, so that the service's default data file, a path
    /// relative to it, is never the repository's), without the environment's data file setting.
    /// </summary>
    public static Task<KgRun> RunInAsync(string? workingDirectory, params string[] arguments) =>
        RunWithAsync(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>
    /// Runs kg as <see cref="RunInAsync(string?, string[])"/> does, with these environment variables and none of the
    /// store settings this machine may have (Graph__Store, Graph__Neo4j__*, NEO4J_*) otherwise.
    /// </summary>
    public static async Task<KgRun> RunWithAsync(string? workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
            start.WorkingDirectory = workingDirectory;
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["COLUMNS"] = "400";
        start.Environment.Remove("Graph__Sqlite__Path");
        foreach (var name in start.Environment.Keys.Where(IsStoreSetting).ToList())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new KgRun(process.ExitCode, await output, await error);
    }

    private static bool IsStoreSetting(string name) =>
        name == "Graph__Store" || name.StartsWith("Graph__Neo4j__", StringComparison.Ordinal) || name.StartsWith("NEO4J_", StringComparison.Ordinal);
}
