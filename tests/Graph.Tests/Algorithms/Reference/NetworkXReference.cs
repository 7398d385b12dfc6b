using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Algorithms.Reference;

/// <summary>
/// NetworkX's answers for <see cref="ReferenceCase"/>s, from one run of <c>networkx_reference.py</c> with the system Python
/// (Debian's python3-networkx; <c>.ci/run</c> installs it when missing).
/// </summary>
internal static class NetworkXReference
{
    private const string Python = "/usr/bin/python3";

    public static IReadOnlyList<ReferenceAnswer> Answer(IReadOnlyList<ReferenceCase> cases, Func<ReferenceCase, int[]> partition)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Tests", "Algorithms", "Reference", "networkx_reference.py");
        var input = JsonSerializer.Serialize(new
        {
            cases = cases.Select(c => new { nodes = c.Snapshot.NodeCount, edges = c.Edges, partition = partition(c) }),
        });
        var start = new ProcessStartInfo(Python, [script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {Python}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Python} {script} failed (python3-networkx missing? .ci/run installs it): {errors.Result}");
        var answer = JsonSerializer.Deserialize<ReferenceOutput>(output.Result, WebJson)
            ?? throw new InvalidOperationException("the reference wrote nothing");
        return answer.Results;
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private sealed record ReferenceOutput(string Version, ReferenceAnswer[] Results);
}
