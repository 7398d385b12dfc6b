using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Model;

/// <summary>
/// Where an agreement stands: the step its <c>status</c> names (<see cref="GraphOntology.AgreementStatuses"/>) and the
/// steps whose date is known (signature: the entity's date; the others: their date properties), the current one always.
/// </summary>
public sealed record AgreementLifecycle(AgreementStatus? Status, IReadOnlyList<LifecycleStep> Steps)
{
    /// <summary>The lifecycle recorded on <paramref name="agreement"/>; no status and no steps for kinds without one.</summary>
    public static AgreementLifecycle Of(Entity agreement)
    {
        if (!GraphOntology.AgreementKinds.Contains(agreement.Kind))
            return new AgreementLifecycle(null, []);
        AgreementStatus? status = GraphOntology.TryParseStatus(agreement.Properties.GetValueOrDefault(GraphOntology.StatusProperty), out var named) ? named : null;
        var steps = new List<LifecycleStep>();
        foreach (var definition in GraphOntology.AgreementStatuses)
        {
            var date = DateOf(agreement, definition);
            if (date is not null || definition.Status == status)
                steps.Add(new LifecycleStep(definition.Status, date));
        }

        return new AgreementLifecycle(status, steps);
    }

    /// <summary>The date <paramref name="status"/> is known at, if recorded.</summary>
    public PartialDate? DateOf(AgreementStatus status) => Steps.FirstOrDefault(s => s.Status == status).Date;

    /// <summary>True for an agreement not yet signed: planned or under negotiation.</summary>
    public bool IsUnsigned => Status is AgreementStatus.Planned or AgreementStatus.UnderNegotiation;

    /// <summary>The date of the latest step with a known date, if any.</summary>
    public PartialDate? LatestDated => Steps.LastOrDefault(s => s.Date is not null).Date;

    private static PartialDate? DateOf(Entity agreement, AgreementStatusDefinition definition) => definition.DateProperty is null
        ? agreement.Date
        : agreement.Properties.TryGetValue(definition.DateProperty, out var text) && PartialDate.TryParse(text, out var date) ? date : null;
}
