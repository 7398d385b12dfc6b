using System.Diagnostics;
using System.Threading.Channels;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// The built service (<c>src/Api/bin/&lt;configuration&gt;/net10.0/KnowledgeGraph.Api.dll</c>) in a child process on a free
/// loopback port, started from its project folder as <c>dotnet run</c> would, with the given settings as environment
/// variables and every line it logs readable by the test.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();

    private ServiceProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lines.Writer.TryWrite(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int ExitCode => process.ExitCode;

    public static ServiceProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "Api");
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var dll = Path.Combine(project, "bin", output.Parent!.Name, output.Name, "KnowledgeGraph.Api.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return new ServiceProcess(Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}"));
    }

    /// <summary>The address Kestrel reports it listens on.</summary>
    public async Task<Uri> AddressAsync()
    {
        const string listening = "Now listening on: ";
        var line = await WaitForLineAsync(l => l.Contains(listening, StringComparison.Ordinal));
        return new Uri(line[(line.IndexOf(listening, StringComparison.Ordinal) + listening.Length)..].Trim());
    }

    /// <summary>The next logged line that matches; fails (rather than hangs) if the service exits or a minute passes first.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await foreach (var line in lines.Reader.ReadAllAsync(bound.Token))
        {
            if (match(line))
                return line;
        }

        throw new InvalidOperationException("the service exited before logging the line waited for");
    }

    /// <summary>Sends SIGTERM, as a container runtime or systemd does to stop a service.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>True when the process exited within <paramref name="bound"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan bound)
    {
        using var cancellation = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    /// <summary>Standard output ends (null) when the process does.</summary>
    private void Write(string? line)
    {
        if (line is null)
            lines.Writer.TryComplete();
        else
            lines.Writer.TryWrite(line);
    }
}
