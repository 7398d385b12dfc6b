using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Tests.Ontology;

public sealed class GraphOntologyTests
{
    [Fact]
    public void Every_kind_and_type_has_exactly_one_row()
    {
        Assert.Equal(Enum.GetValues<EntityKind>().Order(), GraphOntology.Kinds.Select(k => k.Kind).Order());
        Assert.Equal(Enum.GetValues<RelationshipType>().Order(), GraphOntology.Relationships.Select(r => r.Type).Order());
    }

    [Fact]
    public void Every_kind_example_follows_its_own_id_convention_and_no_other()
    {
        foreach (var definition in GraphOntology.Kinds)
        {
            Assert.Matches(definition.IdPattern, definition.IdExample);
            Assert.Equal(definition.Kind, GraphOntology.KindOfId(definition.IdExample));
        }
    }

    [Theory]
    [InlineData(RelationshipType.HoldsPosition, EntityKind.Person, EntityKind.Ministry, true)]
    [InlineData(RelationshipType.HoldsPosition, EntityKind.Ministry, EntityKind.Person, false)]
    [InlineData(RelationshipType.PartOf, EntityKind.Ministry, EntityKind.Country, true)]
    [InlineData(RelationshipType.PartOf, EntityKind.Country, EntityKind.Ministry, false)]
    [InlineData(RelationshipType.Ratified, EntityKind.Country, EntityKind.IloConvention, true)]
    [InlineData(RelationshipType.Ratified, EntityKind.Person, EntityKind.IloConvention, false)]
    [InlineData(RelationshipType.ParticipatedIn, EntityKind.Person, EntityKind.Event, true)]
    [InlineData(RelationshipType.ParticipatedIn, EntityKind.Event, EntityKind.Person, false)]
    [InlineData(RelationshipType.Signed, EntityKind.Person, EntityKind.Agreement, true)]
    [InlineData(RelationshipType.Signed, EntityKind.Agreement, EntityKind.Agreement, false)]
    [InlineData(RelationshipType.SignedDuring, EntityKind.Agreement, EntityKind.Event, true)]
    [InlineData(RelationshipType.SignedDuring, EntityKind.Event, EntityKind.Agreement, false)]
    [InlineData(RelationshipType.Funds, EntityKind.Ministry, EntityKind.Country, true)]
    [InlineData(RelationshipType.Adopted, EntityKind.Country, EntityKind.LegalInstrument, true)]
    [InlineData(RelationshipType.Adopted, EntityKind.Country, EntityKind.Agreement, false)]
    [InlineData(RelationshipType.RefersTo, EntityKind.Event, EntityKind.LegalInstrument, true)]
    [InlineData(RelationshipType.RefersTo, EntityKind.LegalInstrument, EntityKind.Person, false)]
    public void Directed_types_connect_only_the_kinds_the_table_allows_in_that_direction(RelationshipType type, EntityKind from, EntityKind to, bool allowed)
    {
        Assert.Equal(allowed, GraphOntology.Rule(type).Allows(from, to));
    }

    [Fact]
    public void Undirected_types_allow_both_directions()
    {
        var rule = GraphOntology.Rule(RelationshipType.CooperatesWith);

        Assert.False(rule.Directed);
        Assert.True(rule.Allows(EntityKind.Ministry, EntityKind.Organization));
        Assert.True(rule.Allows(EntityKind.Organization, EntityKind.Ministry));
        Assert.False(rule.Allows(EntityKind.Person, EntityKind.Ministry));
    }

    [Theory]
    [InlineData("COUNTRY", EntityKind.Country)]
    [InlineData("ilo_convention", EntityKind.IloConvention)]
    public void Kind_names_parse_ignoring_case(string name, EntityKind kind)
    {
        Assert.True(GraphOntology.TryParseKind(name, out var parsed));
        Assert.Equal(kind, parsed);
        Assert.False(GraphOntology.TryParseKind("MINISTRIES", out _));
    }

    [Fact]
    public void The_lifecycle_table_names_every_status_once_in_order_and_dates_each_step_but_the_signature_by_a_property()
    {
        Assert.Equal(Enum.GetValues<AgreementStatus>(), GraphOntology.AgreementStatuses.Select(s => s.Status));
        Assert.Equal(["planned", "negotiating", null, "inForce", "terminated"], GraphOntology.AgreementStatuses.Select(s => s.DateProperty));
        Assert.All(GraphOntology.AgreementStatuses, s => Assert.True(GraphOntology.TryParseStatus(s.Name, out var parsed) && parsed == s.Status));
    }
}
