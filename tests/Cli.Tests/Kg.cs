using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs the real <c>kg</c> program (the built kg.dll) in a child process and captures what it prints.</summary>
internal static class Kg
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["COLUMNS"] = "400";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
