namespace KnowledgeGraph.Cli.Tests;

/// <summary>What one run of kg did: its exit code and what it printed on each stream.</summary>
internal sealed record KgRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Both streams, for assertions that do not care which one a line went to.</summary>
    public string Output => StandardOutput + StandardError;
}
