using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Cypher;

/// <summary>Runs cypher/lint/lint.mjs (Neo4j's own Cypher parser, npm @neo4j-cypher/language-support) on files.</summary>
internal static class CypherLint
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string LintFolder { get; } = Path.Combine(RepositoryPaths.Root, "cypher", "lint");

    public sealed record Diagnostic(string Severity, int Line, int Column, string Message);

    public sealed record FileResult(string File, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == "error");
    }

    public sealed record Outcome(int ExitCode, IReadOnlyList<FileResult> Files)
    {
        public IEnumerable<string> ErrorLines => Files.SelectMany(f => f.Errors.Select(e => $"{f.File}:{e.Line}:{e.Column}: {e.Message}"));
    }

    public static async Task<Outcome> RunAsync(IEnumerable<string> files)
    {
        // A missing install must fail loudly: a check that silently passes would hide broken Cypher.
        var package = Path.Combine(LintFolder, "node_modules", "@neo4j-cypher", "language-support", "package.json");
        Assert.True(File.Exists(package), $"The Cypher check needs its npm package: run `npm ci --prefix cypher/lint` in {RepositoryPaths.Root} (missing {package}).");

        var start = new ProcessStartInfo("node") { WorkingDirectory = LintFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("lint.mjs");
        foreach (var file in files)
            start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start node");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode is 0 or 1, $"lint.mjs could not run (exit {process.ExitCode}): {await error}");
        var results = JsonSerializer.Deserialize<List<FileResult>>(await output, Json)!;
        return new Outcome(process.ExitCode, results);
    }
}
