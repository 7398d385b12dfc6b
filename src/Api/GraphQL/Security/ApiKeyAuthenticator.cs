using System.Security.Cryptography;
using System.Text;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Security;

/// <summary>Checks the bearer key of a request against the configured keys, in constant time.</summary>
internal sealed class ApiKeyAuthenticator(IOptions<ApiKeyOptions> options)
{
    private readonly byte[][] keys = options.Value.ApiKeys.Where(k => k.Length > 0).Select(Encoding.UTF8.GetBytes).ToArray();

    public bool IsAuthenticated(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        var presented = Encoding.UTF8.GetBytes(authorizationHeader[scheme.Length..].Trim());
        var match = false;
        foreach (var key in keys)
            match |= CryptographicOperations.FixedTimeEquals(key, presented);
        return match;
    }
}
