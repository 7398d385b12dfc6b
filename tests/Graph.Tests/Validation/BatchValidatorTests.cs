using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Validation;

namespace KnowledgeGraph.Tests.Validation;

public sealed partial class BatchValidatorTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BatchValidator _validator = new(ValidationOptions.Curated);
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(_folder.File("kg.db"));
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_consistent_batch_becomes_a_graph_batch()
    {
        var records = Records.SmallGraph();

        var result = await _validator.ValidateAsync(records.Entities, records.Relationships, _store);

        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Batch!.Entities.Count);
        Assert.Equal(4, result.Batch.Relationships.Count);
    }

    [Fact]
    public async Task Endpoints_the_ontology_forbids_are_refused_with_both_kinds()
    {
        var records = Records.Batch(
            [Records.Entity("person:thea-lee", "PERSON", "Thea Lee"), Records.Entity("country:USA", "COUNTRY", "United States")],
            [Records.Relationship("PART_OF", "person:thea-lee", "country:USA")]);

        var result = await _validator.ValidateAsync(records.Entities, records.Relationships, _store);

        var error = Assert.Single(result.Errors);
        Assert.Equal("test $.relationships[0]", error.Location);
        Assert.Equal("type", error.Field);
        Assert.Contains("PART_OF cannot connect PERSON 'person:thea-lee' to COUNTRY 'country:USA'", error.Message);
        Assert.Null(result.Batch);
    }

    [Fact]
    public async Task Ends_missing_from_batch_and_store_are_named()
    {
        var records = Records.Batch([Records.Entity("person:thea-lee", "PERSON", "Thea Lee")], [Records.Relationship("HOLDS_POSITION", "person:thea-lee", "ministry:USA-DOL")]);

        var result = await _validator.ValidateAsync(records.Entities, records.Relationships, _store);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("to", "ministry:USA-DOL"), (error.Field, error.Value));
    }

    [Fact]
    public async Task Ends_already_in_the_store_resolve()
    {
        var first = Records.SmallGraph();
        await _store.WriteAsync((await _validator.ValidateAsync(first.Entities, first.Relationships, _store)).Batch!);
        var records = Records.Batch([Records.Entity("person:le-van-thanh", "PERSON", "Lê Văn Thanh")], [Records.Relationship("HOLDS_POSITION", "person:le-van-thanh", "ministry:VNM-MOLISA")]);

        var result = await _validator.ValidateAsync(records.Entities, records.Relationships, _store);

        Assert.True(result.IsValid);
    }

    [Fact]
    public async Task The_same_id_twice_with_different_content_is_refused()
    {
        var records = Records.Batch([Records.Entity("country:VNM", "COUNTRY", "Viet Nam"), Records.Entity("country:VNM", "COUNTRY", "Vietnam")]);

        var result = await _validator.ValidateAsync(records.Entities, records.Relationships, _store);

        var error = Assert.Single(result.Errors);
        Assert.Contains("defines this id twice", error.Message);
        Assert.Equal("test $.entities[1]", error.Location);
    }

    [Fact]
    public async Task Every_failure_of_a_batch_is_reported_at_once()
    {
        var records = Records.Batch(
            [Records.Entity("country:VNM", "COUNTRY", "Viet Nam") with { Name = "" }, Records.Entity("country:xx", "COUNTRY", "X")],
            [Records.Relationship("HOLDS", "country:VNM", "country:VNM")]);

        var result = await _validator.ValidateAsync(records.Entities, records.Relationships, _store);

        Assert.Equal(["test $.entities[0]", "test $.entities[1]", "test $.relationships[0]", "test $.relationships[0]"], result.Errors.Select(e => e.Location));
    }

    [Fact]
    public async Task Ends_are_checked_on_records_with_errors_of_their_own_and_resolve_to_entities_with_errors()
    {
        var records = Records.Batch(
            [Records.Entity("country:VNM", "COUNTRY", "Viet Nam") with { Date = "2020-13" }],
            [Records.Relationship("MEMBER_OF", "country:VNM", "org:NOWHERE", validFrom: "2016-13")]);

        var result = await _validator.ValidateAsync(records.Entities, records.Relationships, _store);

        Assert.Equal(
            [("test $.entities[0]", "date"), ("test $.relationships[0]", "validFrom"), ("test $.relationships[0]", "to")],
            result.Errors.Select(e => (e.Location, e.Field)));
    }

    [Fact]
    public async Task A_large_batch_reports_its_failures_in_record_order()
    {
        var entities = Enumerable.Range(0, 5_000)
            .Select(i => Records.Entity($"person:p-{i}", "PERSON", $"Person {i}") with { Date = i % 1_000 == 7 ? "2020-13" : null });
        var records = Records.Batch(entities);

        var result = await _validator.ValidateAsync(records.Entities, records.Relationships, _store);

        Assert.Equal(["test $.entities[7]", "test $.entities[1007]", "test $.entities[2007]", "test $.entities[3007]", "test $.entities[4007]"], result.Errors.Select(e => e.Location));
        Assert.All(result.Errors, e => Assert.Equal("date", e.Field));
    }
}
