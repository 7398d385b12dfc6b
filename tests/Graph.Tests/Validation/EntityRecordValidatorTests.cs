using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Validation;

namespace KnowledgeGraph.Tests.Validation;

public sealed class EntityRecordValidatorTests
{
    private readonly EntityRecordValidator _validator = new(ValidationOptions.Curated);

    private static EntityRecord Valid => Records.Entity("person:dao-ngoc-dung", "PERSON", "Đào Ngọc Dung");

    [Fact]
    public void A_complete_entity_is_valid() => Assert.True(_validator.Validate(Valid).IsValid);

    [Theory]
    [InlineData("MINISTRIES", "Kind", "'MINISTRIES' is not an entity kind")]
    [InlineData(null, "Kind", "needs a kind")]
    public void An_unknown_kind_is_named(string? kind, string field, string message) =>
        AssertSingleError(Valid with { Kind = kind }, field, message);

    [Theory]
    [InlineData("person:Đào-Ngọc-Dung", "PERSON")]
    [InlineData("person:dao ngoc dung", "PERSON")]
    [InlineData("dao-ngoc-dung", "PERSON")]
    [InlineData("country:VN", "COUNTRY")]
    [InlineData("country:vnm", "COUNTRY")]
    [InlineData("ministry:MOLISA", "MINISTRY")]
    [InlineData("ilo:182", "ILO_CONVENTION")]
    [InlineData("org:ILO", "PERSON")]
    public void An_id_off_the_convention_is_refused_with_an_example(string id, string kind)
    {
        var result = _validator.Validate(Valid with { Id = id, Kind = kind });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Id", error.PropertyName);
        Assert.Contains($"'{id}' does not follow the id convention for {kind}, e.g.", error.ErrorMessage);
    }

    [Fact]
    public void An_empty_name_is_refused() => AssertSingleError(Valid with { Name = " " }, "Name", "needs a name");

    [Fact]
    public void A_malformed_date_is_refused_with_the_reason() =>
        AssertSingleError(Valid with { Date = "2023-02-30" }, "Date", "day 30 does not exist in 2023-02");

    [Fact]
    public void A_curated_entity_without_a_source_is_refused() =>
        AssertSingleError(Valid with { Sources = [] }, "Sources", "needs at least one source");

    [Fact]
    public void A_source_needs_a_quote_and_a_document_or_url()
    {
        var result = _validator.Validate(Valid with { Sources = [new SourceRecord { Quote = "" }] });

        Assert.Contains(result.Errors, e => e.PropertyName == "Sources[0].Quote");
        Assert.Contains(result.Errors, e => e.PropertyName == "Sources[0].document" && e.ErrorMessage.Contains("document (article file name) or a url"));
    }

    [Fact]
    public void A_source_url_must_be_absolute_http() =>
        AssertSingleError(Valid with { Sources = [new SourceRecord { Url = "ftp://x/y", Quote = "q" }] }, "Sources[0].Url", "'ftp://x/y' is not an absolute http(s) URL");

    [Fact]
    public void Names_are_keyed_by_language_code() =>
        AssertSingleError(Valid with { Names = new() { ["Vietnamese"] = "Đào Ngọc Dung" } }, "Names[0]", "'Vietnamese' is not a language code");

    [Fact]
    public void An_in_force_property_must_be_a_partial_date() =>
        AssertSingleError(Valid with { Properties = new() { ["inForce"] = "soon" } }, "Properties[0].value", "inForce must be a partial date");

    [Fact]
    public void Synthetic_data_may_go_without_sources() =>
        Assert.True(new EntityRecordValidator(new ValidationOptions { RequireSources = false }).Validate(Valid with { Sources = null }).IsValid);

    private static EntityRecord Agreement(string status, string? date = null, params (string Key, string Value)[] dates) =>
        Records.Entity("agreement:vnm-jpn-social-insurance-agreement", "AGREEMENT", "Social insurance agreement with Japan") with
        {
            Date = date,
            Properties = new Dictionary<string, string>(dates.Select(d => KeyValuePair.Create(d.Key, d.Value))) { ["status"] = status },
        };

    [Fact]
    public void An_agreement_planned_as_of_a_date_is_valid() =>
        Assert.True(_validator.Validate(Agreement("PLANNED", null, ("planned", "2024"))).IsValid);

    [Fact]
    public void An_agreement_status_outside_the_lifecycle_is_refused_with_the_known_ones() =>
        AssertSingleError(Agreement("planned: to be signed"), "Properties.status", "'planned: to be signed' is not an agreement status; expected one of PLANNED, UNDER_NEGOTIATION, SIGNED, IN_FORCE, TERMINATED");

    [Theory]
    [InlineData("PLANNED", "2021-12-14", "date")]
    [InlineData("SIGNED", null, "inForce")]
    public void A_date_for_a_step_the_agreement_has_not_reached_is_refused(string status, string? signed, string step) =>
        AssertSingleError(Agreement(status, signed, status == "SIGNED" ? [("inForce", "2024-01-01")] : []), "Properties.status", $"is a step before '{step}', which has a date");

    [Fact]
    public void A_lifecycle_date_that_is_not_a_partial_date_is_refused()
    {
        var error = Assert.Single(_validator.Validate(Agreement("UNDER_NEGOTIATION", null, ("negotiating", "October 2021"))).Errors);

        Assert.Contains("property negotiating must be a partial date", error.ErrorMessage);
    }

    private void AssertSingleError(EntityRecord record, string field, string message)
    {
        var error = Assert.Single(_validator.Validate(record).Errors);
        Assert.Equal(field, error.PropertyName);
        Assert.Contains(message, error.ErrorMessage);
    }
}
