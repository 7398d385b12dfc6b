using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The one store switch, read the same way by the service (its configuration) and the <c>kg</c> command (environment
/// variables and its options): <c>Graph:Store</c> (Sqlite, default, or Neo4j), <c>Graph:Sqlite:Path</c>, and
/// <c>Graph:Neo4j</c> (or Aura's NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).
/// </summary>
public sealed class GraphStoreSettings
{
    /// <summary>Configuration key naming the store (Sqlite or Neo4j).</summary>
    public const string StoreKey = "Graph:Store";

    /// <summary>Configuration key of the SQLite file's path.</summary>
    public const string SqlitePathKey = "Graph:Sqlite:Path";

    /// <summary>The service's data file, relative to its content root.</summary>
    public const string DefaultSqlitePath = "data/kg.db";

    /// <summary>Which backend to open; SQLite by default.</summary>
    public StoreKind Kind { get; init; } = StoreKind.Sqlite;

    /// <summary>The SQLite file as configured; relative paths are resolved by whoever opens it.</summary>
    public string SqlitePath { get; init; } = DefaultSqlitePath;

    /// <summary>Where the Neo4j backend connects, when it is the one chosen.</summary>
    public Neo4jOptions Neo4j { get; init; } = new();

    /// <exception cref="StoreSettingsException">Graph:Store names no store.</exception>
    public static GraphStoreSettings Read(IConfiguration configuration)
    {
        var neo4j = new Neo4jOptions();
        configuration.GetSection(Neo4jOptions.Section).Bind(neo4j);
        ApplyAuraVariables(neo4j, configuration);
        return new GraphStoreSettings
        {
            Kind = ParseKind(configuration[StoreKey]),
            SqlitePath = configuration[SqlitePathKey] is { Length: > 0 } path ? path : DefaultSqlitePath,
            Neo4j = neo4j,
        };
    }

    /// <summary>"sqlite" or "neo4j", in any case; null or empty is SQLite.</summary>
    /// <exception cref="StoreSettingsException">Any other name.</exception>
    public static StoreKind ParseKind(string? name) =>
        string.IsNullOrWhiteSpace(name) ? StoreKind.Sqlite
        : Enum.TryParse<StoreKind>(name.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind
        : throw new StoreSettingsException($"{StoreKey} '{name}' is not a store; use Sqlite (default) or Neo4j");

    /// <summary>Opens the configured store (not yet initialised); a relative SQLite path is taken from <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="StoreSettingsException">The Neo4j settings are incomplete; the message lists every problem.</exception>
    public IGraphStore Open(string baseDirectory, SqliteStoreMode sqliteMode = SqliteStoreMode.CreateIfMissing)
    {
        if (Kind == StoreKind.Neo4j)
        {
            if (Neo4j.Problems() is { Count: > 0 } problems)
                throw new StoreSettingsException("Neo4j cannot be reached with these settings: " + string.Join("; ", problems));
            return new Neo4jGraphStore(Neo4j);
        }

        return new SqliteGraphStore(Path.GetFullPath(Path.Combine(baseDirectory, SqlitePath)), sqliteMode);
    }

    /// <summary>Aura's credentials file names the Bolt address and the credentials; they fill what Graph:Neo4j leaves unset.</summary>
    private static void ApplyAuraVariables(Neo4jOptions options, IConfiguration configuration)
    {
        if (options.Uri is null && configuration["NEO4J_URI"] is { Length: > 0 } uri && Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
            options.Uri = AuraHttpAddress(parsed);
        if (configuration["NEO4J_USERNAME"] is { Length: > 0 } user && configuration[$"{Neo4jOptions.Section}:User"] is null)
            options.User = user;
        options.Password ??= configuration["NEO4J_PASSWORD"];
        if (configuration["NEO4J_DATABASE"] is { Length: > 0 } database && configuration[$"{Neo4jOptions.Section}:Database"] is null)
            options.Database = database;
    }

    /// <summary>Aura gives a Bolt address (neo4j+s://id.databases.neo4j.io); its Query API is https on the same host.</summary>
    private static Uri AuraHttpAddress(Uri uri) =>
        uri.Scheme is "neo4j+s" or "neo4j+ssc" or "bolt+s" ? new Uri($"https://{uri.Host}") : uri;
}
