namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Where the Neo4j backend connects: the HTTP(S) address of the server or Aura instance (not a Bolt URI),
/// the database and Basic-auth credentials. Bound from <c>Graph:Neo4j</c>.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Graph:Neo4j";

    /// <summary><c>http://localhost:7474</c> for a local server, <c>https://&lt;id&gt;.databases.neo4j.io</c> for Aura.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The database queried.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>User name for Basic auth.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>Password for Basic auth.</summary>
    public string? Password { get; set; }

    /// <summary>Rows per request when streaming the whole graph (projection loading, exports).</summary>
    public int PageSize { get; set; } = 5000;

    /// <summary>Records per statement when writing a batch; a batch larger than this still commits as one transaction.</summary>
    public int WriteChunkSize { get; set; } = 1000;

    /// <summary>Retries after a transient failure (connection refused, timeout, Neo.TransientError.*).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Delay before the first retry; later ones back off exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest wait for one HTTP request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Every problem with these options, each naming the setting; empty when usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Uri is null)
            problems.Add($"{Section}:Uri is required (for example http://localhost:7474, or https://<id>.databases.neo4j.io for Aura)");
        else if (!Uri.IsAbsoluteUri || (Uri.Scheme != System.Uri.UriSchemeHttp && Uri.Scheme != System.Uri.UriSchemeHttps))
            problems.Add($"{Section}:Uri '{Uri}' must be the HTTP(S) address of Neo4j's Query API (http://host:7474 or https://<id>.databases.neo4j.io), not a Bolt or neo4j:// URI");
        if (string.IsNullOrWhiteSpace(Database))
            problems.Add($"{Section}:Database must not be empty (the default database is 'neo4j')");
        if (string.IsNullOrWhiteSpace(User))
            problems.Add($"{Section}:User must not be empty");
        if (string.IsNullOrEmpty(Password))
            problems.Add($"{Section}:Password is required (or set the environment variable Graph__Neo4j__Password)");
        if (PageSize is < 1 or > 100_000)
            problems.Add($"{Section}:PageSize {PageSize} is out of range 1..100000");
        if (WriteChunkSize is < 1 or > 100_000)
            problems.Add($"{Section}:WriteChunkSize {WriteChunkSize} is out of range 1..100000");
        if (MaxRetries is < 0 or > 20)
            problems.Add($"{Section}:MaxRetries {MaxRetries} is out of range 0..20");
        if (RequestTimeout <= TimeSpan.Zero)
            problems.Add($"{Section}:RequestTimeout must be positive");
        return problems;
    }

    /// <summary>Throws one exception listing every problem, so a misconfigured service says all that is wrong at once.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
            throw new ArgumentException("Neo4j settings are invalid: " + string.Join("; ", problems));
    }
}
