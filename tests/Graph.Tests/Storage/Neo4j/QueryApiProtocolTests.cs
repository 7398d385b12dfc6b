using System.Text;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;

using static KnowledgeGraph.Tests.Storage.Neo4j.QueryApiResponses;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// The Neo4j store's HTTP conversation, against a local listener replaying documented Query API responses:
/// what it sends, how it reads typed JSON, errors (also with status 202), retries, transactions and bookmarks.
/// </summary>
public sealed class QueryApiProtocolTests
{
    private static readonly GraphBatch OneEntity = new([Sample.Laos], []);

    [Fact]
    public async Task A_read_posts_the_statement_to_the_query_endpoint_with_typed_json_basic_auth_and_read_access()
    {
        await using var server = new ReplayQueryApiServer(_ => ReplayResponse.Accepted(Rows("[\"e\"]", $"[[{MolisaNode}]]")));
        await using var store = new Neo4jGraphStore(Options(server.Uri));

        var entity = await store.GetEntityAsync("ministry:VNM-MOLISA");

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal("application/vnd.neo4j.query", request.Headers["Accept"]);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret")), request.Headers["Authorization"]);
        Assert.Equal("Read", request.Body!.Value.GetProperty("accessMode").GetString());
        Assert.Equal("ministry:VNM-MOLISA", request.Parameter("ids")[0].GetString());
        Assert.Equal(CypherCatalog.Get("entities-by-ids").Text, request.Statement);
        Assert.NotNull(entity);
        Assert.Equal(EntityKind.Ministry, entity.Kind);
        Assert.Equal(["MOLISA", "Bộ LĐ-TB&XH"], entity.Aliases.ToArray());
        Assert.Equal("Bộ Lao động - Thương binh và Xã hội", entity.Names["vi"]);
        Assert.Equal(PartialDate.OfYear(1987), entity.Date);
        Assert.Equal(new Source("a.txt", null, "Bộ LĐ-TB&XH", "vi"), Assert.Single(entity.Sources));
    }

    [Fact]
    public async Task A_relationship_is_read_with_its_type_endpoints_and_partial_dates()
    {
        var row = $"[[{SignedRelationship},{{\"$type\":\"String\",\"_value\":\"ministry:VNM-MOLISA\"}},{{\"$type\":\"String\",\"_value\":\"agreement:x\"}}]]";
        await using var server = new ReplayQueryApiServer(_ => ReplayResponse.Accepted(Rows("[\"r\",\"from\",\"to\"]", row)));
        await using var store = new Neo4jGraphStore(Options(server.Uri));

        var relationship = await store.GetRelationshipAsync("rel:c-signed");

        Assert.NotNull(relationship);
        Assert.Equal((RelationshipType.Signed, "ministry:VNM-MOLISA", "agreement:x"), (relationship.Type, relationship.From, relationship.To));
        Assert.Equal(PartialDate.OfDay(2023, 6, 15), relationship.ValidFrom);
        Assert.Null(relationship.ValidTo);
        Assert.Equal("MoU", relationship.Properties["title"]);
    }

    [Fact]
    public async Task An_error_in_a_response_with_status_202_is_raised_with_its_code_and_not_retried()
    {
        await using var server = new ReplayQueryApiServer(_ => ReplayResponse.Accepted(Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'")));
        await using var store = new Neo4jGraphStore(Options(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => store.GetVersionAsync());

        Assert.Equal(Neo4jErrorKind.Cypher, error.Kind);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("'version'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid input 'RETRN'", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_transient_error_is_retried_and_the_retry_succeeds()
    {
        var calls = 0;
        await using var server = new ReplayQueryApiServer(_ => Interlocked.Increment(ref calls) == 1
            ? ReplayResponse.Accepted(Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"))
            : ReplayResponse.Accepted(Integer("version", 7)));
        await using var store = new Neo4jGraphStore(Options(server.Uri));

        var version = await store.GetVersionAsync();

        Assert.Equal(7, version);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_stays_unavailable_fails_with_a_transient_error_after_every_retry()
    {
        await using var server = new ReplayQueryApiServer(_ => new ReplayResponse(503, "", new Dictionary<string, string>()));
        var options = Options(server.Uri);
        await using var store = new Neo4jGraphStore(options);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => store.GetVersionAsync());

        Assert.Equal(Neo4jErrorKind.Transient, error.Kind);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + options.MaxRetries, server.Requests.Count);
    }

    [Fact]
    public async Task Wrong_credentials_give_an_authentication_error_naming_the_settings_without_retrying()
    {
        await using var server = new ReplayQueryApiServer(_ => new ReplayResponse(401, Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."), new Dictionary<string, string>()));
        await using var store = new Neo4jGraphStore(Options(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => store.GetVersionAsync());

        Assert.Equal(Neo4jErrorKind.Authentication, error.Kind);
        Assert.Contains("Graph:Neo4j:Password", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_unreachable_server_gives_a_connection_error_naming_the_address()
    {
        Uri nobodyListens;
        await using (var server = new ReplayQueryApiServer(_ => ReplayResponse.Accepted("{}")))
            nobodyListens = server.Uri;
        var options = Options(nobodyListens);
        options.MaxRetries = 1;
        await using var store = new Neo4jGraphStore(options);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => store.GetVersionAsync());

        Assert.Equal(Neo4jErrorKind.Connection, error.Kind);
        Assert.Contains(nobodyListens.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("Graph:Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_runs_in_one_transaction_echoing_the_cluster_affinity_and_later_reads_carry_its_bookmark()
    {
        var transaction = new TransactionScript();
        await using var server = new ReplayQueryApiServer(transaction.Respond);
        await using var store = new Neo4jGraphStore(Options(server.Uri));

        var outcome = await store.WriteAsync(OneEntity);
        await store.GetVersionAsync();

        Assert.Equal((1, 0, 0, 4L), (outcome.Added, outcome.Changed, outcome.Unchanged, outcome.Version));
        var requests = server.Requests;
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx"), (requests[0].Method, requests[0].Path));
        var inTransaction = requests.Skip(1).Where(r => r.Path.StartsWith("/db/neo4j/query/v2/tx/", StringComparison.Ordinal)).ToList();
        Assert.All(inTransaction, r => Assert.Equal(Affinity, r.Headers["neo4j-cluster-affinity"]));
        Assert.Equal("/db/neo4j/query/v2/tx/tx1/commit", inTransaction[^1].Path);
        Assert.Contains(inTransaction, r => r.Statement == CypherCatalog.ForKind("entity-upsert", EntityKind.Country).Text);
        Assert.DoesNotContain(requests, r => r.Method == "DELETE");
        var read = requests[^1];
        Assert.Equal("/db/neo4j/query/v2", read.Path);
        Assert.Equal("FB:after-commit", read.Body!.Value.GetProperty("bookmarks")[0].GetString());
    }

    [Fact]
    public async Task A_statement_failing_inside_a_batch_rolls_the_transaction_back_and_commits_nothing()
    {
        var transaction = new TransactionScript { FailUpsertWith = Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists") };
        await using var server = new ReplayQueryApiServer(transaction.Respond);
        await using var store = new Neo4jGraphStore(Options(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => store.WriteAsync(OneEntity));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        var rollback = Assert.Single(server.Requests, r => r.Method == "DELETE");
        Assert.Equal("/db/neo4j/query/v2/tx/tx1", rollback.Path);
        Assert.Equal(Affinity, rollback.Headers["neo4j-cluster-affinity"]);
        Assert.DoesNotContain(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transient_error_inside_a_batch_reruns_the_whole_transaction()
    {
        var transaction = new TransactionScript { TransientFailures = 1 };
        await using var server = new ReplayQueryApiServer(transaction.Respond);
        await using var store = new Neo4jGraphStore(Options(server.Uri));

        var outcome = await store.WriteAsync(OneEntity);

        Assert.Equal(1, outcome.Added);
        Assert.Equal(2, server.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx"));
        Assert.Single(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bolt_uri_or_missing_password_is_refused_with_every_problem_named()
    {
        var options = new Neo4jOptions { Uri = new Uri("neo4j+s://abc.databases.neo4j.io"), Password = null };

        var error = Assert.Throws<ArgumentException>(() => new Neo4jGraphStore(options));

        Assert.Contains("not a Bolt", error.Message, StringComparison.Ordinal);
        Assert.Contains("Graph:Neo4j:Password", error.Message, StringComparison.Ordinal);
    }

    private static Neo4jOptions Options(Uri uri) => new()
    {
        Uri = uri,
        User = "neo4j",
        Password = "s3cret",
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    };

    /// <summary>Answers a write transaction the way Neo4j does: begin with an id and affinity, each statement, commit with bookmarks.</summary>
    private sealed class TransactionScript
    {
        private int _transactions;

        public string? FailUpsertWith { get; init; }
        public int TransientFailures { get; set; }

        public ReplayResponse Respond(RecordedRequest request)
        {
            var affinity = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = Affinity };
            var id = $"tx{_transactions}";
            if (request.Path == "/db/neo4j/query/v2/tx")
            {
                id = $"tx{Interlocked.Increment(ref _transactions)}";
                return ReplayResponse.Accepted(Empty("[]", id), affinity);
            }

            if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
                return ReplayResponse.Accepted("{\"bookmarks\":[\"FB:after-commit\"]}", affinity);
            if (request.Method == "DELETE")
                return ReplayResponse.Accepted("{}", affinity);
            if (request.Path == "/db/neo4j/query/v2")
                return ReplayResponse.Accepted(Integer("version", 4));

            var statement = request.Statement;
            if (statement == CypherCatalog.Get("write-lock").Text)
            {
                if (TransientFailures-- > 0)
                    return ReplayResponse.Accepted(Error("Neo.TransientError.Transaction.LockClientStopped", "lock client stopped"));
                return ReplayResponse.Accepted(Integer("version", 3, id), affinity);
            }

            if (statement == CypherCatalog.Get("entities-by-ids").Text)
                return ReplayResponse.Accepted(Empty("[\"e\"]", id), affinity);
            if (statement!.StartsWith(CypherCatalog.Get("entity-upsert").Text[..20], StringComparison.Ordinal))
                return ReplayResponse.Accepted(FailUpsertWith ?? Integer("written", 1, id), affinity);
            if (statement == CypherCatalog.Get("version-bump").Text)
                return ReplayResponse.Accepted(Integer("version", 4, id), affinity);
            return ReplayResponse.Accepted(Error("Neo.ClientError.Statement.SyntaxError", "unexpected statement in test: " + statement[..40]));
        }
    }
}
