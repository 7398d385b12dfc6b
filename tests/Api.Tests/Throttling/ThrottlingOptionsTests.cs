using KnowledgeGraph.Api.Tests.Support;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Throttling;

public sealed class ThrottlingOptionsTests
{
    [Theory]
    [InlineData("MaxHeavyComputations", "0", "GraphQL:Throttling:MaxHeavyComputations must be at least 1")]
    [InlineData("BusyRetryAfter", "00:00:00.500", "GraphQL:Throttling:BusyRetryAfter must be at least one second")]
    [InlineData("RateLimitPermits", "0", "GraphQL:Throttling:RateLimitPermits must be at least 1")]
    [InlineData("RateLimitWindow", "00:00:00", "GraphQL:Throttling:RateLimitWindow must be at least one second")]
    public async Task An_invalid_value_stops_the_service_at_start_naming_the_setting(string option, string value, string message)
    {
        await using var factory = GraphApiFactory.With(($"GraphQL:Throttling:{option}", value));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }
}
