using System.Security.Cryptography;
using System.Text;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Security;

/// <summary>Checks the bearer key of a request against the configured keys, in constant time.</summary>
internal sealed class ApiKeyAuthenticator(IOptions<ApiKeyOptions> options)
{
    private readonly byte[][] keys = options.Value.ApiKeys.Where(k => k.Length > 0).Select(Encoding.UTF8.GetBytes).ToArray();

    /// <summary>Which configured key the bearer key is (its position, an id that is not the secret), or null for none.</summary>
    public int? MatchingKey(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return null;
        var presented = Encoding.UTF8.GetBytes(authorizationHeader[scheme.Length..].Trim());
        int? match = null;
        for (var i = 0; i < keys.Length; i++)
        {
            // Every key is compared, so the time taken does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(keys[i], presented))
                match = i;
        }

        return match;
    }
}
