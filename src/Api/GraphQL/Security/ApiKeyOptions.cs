namespace KnowledgeGraph.Api.GraphQL.Security;

/// <summary>
/// Who may write (and, if configured, read): configuration section <c>GraphQL:Auth</c>, keys sent as
/// <c>Authorization: Bearer &lt;key&gt;</c>. Env: <c>GraphQL__Auth__ApiKeys__0=...</c>, <c>GraphQL__Auth__RequireKeyForReads=true</c>.
/// With no key configured nobody can write.
/// </summary>
internal sealed class ApiKeyOptions
{
    public const string Section = "GraphQL:Auth";

    public List<string> ApiKeys { get; set; } = [];

    public bool RequireKeyForReads { get; set; }
}
