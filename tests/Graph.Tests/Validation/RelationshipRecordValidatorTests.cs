using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Validation;

namespace KnowledgeGraph.Tests.Validation;

public sealed class RelationshipRecordValidatorTests
{
    private readonly RelationshipRecordValidator _validator = new(ValidationOptions.Curated);

    private static RelationshipRecord Valid => Records.Relationship("HOLDS_POSITION", "person:dao-ngoc-dung", "ministry:VNM-MOLISA", "2016-04", "2024-08");

    [Fact]
    public void A_complete_relationship_is_valid() => Assert.True(_validator.Validate(Valid).IsValid);

    [Fact]
    public void An_unknown_type_is_named_with_the_known_ones() =>
        AssertSingleError(Valid with { Type = "WORKS_FOR" }, "Type", "'WORKS_FOR' is not a relationship type; expected one of PART_OF");

    [Fact]
    public void ValidTo_before_validFrom_is_refused() =>
        AssertSingleError(Valid with { ValidFrom = "2020-05", ValidTo = "2020-04" }, "ValidTo", "validTo '2020-04' is before validFrom '2020-05'");

    [Fact]
    public void Dates_of_coarser_precision_that_overlap_are_in_order() =>
        Assert.True(_validator.Validate(Valid with { ValidFrom = "2020-05", ValidTo = "2020" }).IsValid);

    [Theory]
    [InlineData("2020-5", null, "ValidFrom")]
    [InlineData(null, "20201", "ValidTo")]
    public void Malformed_dates_are_refused(string? validFrom, string? validTo, string field) =>
        AssertSingleError(Valid with { ValidFrom = validFrom, ValidTo = validTo }, field, "is not a partial date");

    [Fact]
    public void Both_ends_are_required()
    {
        var result = _validator.Validate(Valid with { From = "", To = null });

        Assert.Contains(result.Errors, e => e.PropertyName == "From");
        Assert.Contains(result.Errors, e => e.PropertyName == "To");
    }

    [Fact]
    public void A_relationship_cannot_loop_on_one_entity() =>
        AssertSingleError(Valid with { To = "person:dao-ngoc-dung" }, "To", "cannot connect 'person:dao-ngoc-dung' to itself");

    [Fact]
    public void A_curated_relationship_without_a_source_is_refused() =>
        AssertSingleError(Valid with { Sources = null }, "Sources", "needs at least one source");

    [Fact]
    public void A_source_dated_within_the_stated_dates_is_valid() =>
        Assert.True(_validator.Validate(Valid with { Sources = [Records.Quote()[0] with { AsOf = "2021-10-19", Note = "article dated 20/10/2021" }] }).IsValid);

    [Theory]
    [InlineData("2015")]
    [InlineData("2024-09")]
    public void A_source_dated_where_a_stated_date_excludes_the_relationship_is_refused(string asOf) =>
        AssertSingleError(Valid with { Sources = [Records.Quote()[0] with { AsOf = asOf }] }, "Sources[0]", $"asOf '{asOf}' falls outside the stated validFrom '2016-04' .. validTo '2024-08'");

    [Fact]
    public void A_malformed_asOf_is_refused() =>
        AssertSingleError(Valid with { Sources = [Records.Quote()[0] with { AsOf = "19/10/2021" }] }, "Sources[0].AsOf", "is not a partial date");

    [Fact]
    public void An_intended_party_carries_a_lifecycle_status_and_nothing_else_under_that_name() =>
        AssertSingleError(Records.Relationship("PARTY_TO", "country:JPN", "agreement:vnm-jpn-social-insurance-agreement") with { Properties = new() { ["status"] = "planned" } },
            "Properties.status", "'planned' is not an agreement status");

    [Fact]
    public void Other_types_keep_status_as_free_text() =>
        Assert.True(_validator.Validate(Records.Relationship("COOPERATES_WITH", "ministry:VNM-MOLISA", "country:TUR") with { Properties = new() { ["status"] = "proposed" } }).IsValid);

    private void AssertSingleError(RelationshipRecord record, string field, string message)
    {
        var error = Assert.Single(_validator.Validate(record).Errors);
        Assert.Equal(field, error.PropertyName);
        Assert.Contains(message, error.ErrorMessage);
    }
}
