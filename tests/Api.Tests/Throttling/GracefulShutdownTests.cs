using System.Net;

using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Throttling;

/// <summary>The built service in a child process, stopped with SIGTERM while exact betweenness runs on a large graph.</summary>
[Collection(HeavyGraph.Collection)]
public sealed class GracefulShutdownTests(HeavyGraph graph) : IDisposable
{
    private const int ShutdownTimeoutSeconds = 10;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("kg-shutdown-");

    [Fact]
    public async Task Sigterm_during_a_heavy_computation_stops_the_service_in_time_and_answers_the_request_SERVICE_BUSY()
    {
        var database = Path.Combine(folder.FullName, "kg.db");
        graph.CopyTo(database);
        using var service = ServiceProcess.Start(new Dictionary<string, string>
        {
            ["Graph:Sqlite:Path"] = database,
            ["Graph:SeedWhenEmpty"] = "false",
            ["shutdownTimeoutSeconds"] = ShutdownTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The line "Request starting ..." tells the test that the heavy request is in the service.
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        using var client = new HttpClient { BaseAddress = await service.AddressAsync(), Timeout = Timeout.InfiniteTimeSpan };
        using var projection = await client.GetAsync("""/graphql?query={ shortestPath(from: "country:AAA", to: "country:AAB") { length } }""");
        Assert.Equal(HttpStatusCode.OK, projection.StatusCode);

        var heavy = client.PostAsync("{ influence(algorithm: BETWEENNESS) { rank } }");
        await service.WaitForLineAsync(line => line.Contains("Request starting HTTP/1.1 POST", StringComparison.Ordinal));
        await service.TerminateAsync();
        var exited = await service.WaitForExitAsync(TimeSpan.FromSeconds(ShutdownTimeoutSeconds + 60));
        var answer = await heavy;

        Assert.True(exited, "the service was still running well after its shutdown timeout");
        Assert.Equal(0, service.ExitCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal("SERVICE_BUSY", answer.Code);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
