using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Validation;

/// <summary>What the lifecycle table (<see cref="GraphOntology.AgreementStatuses"/>) asks of the properties that name and date its steps.</summary>
internal static class LifecycleRules
{
    public static readonly string StatusNames = string.Join(", ", GraphOntology.AgreementStatuses.Select(s => s.Name));

    public static readonly IReadOnlySet<string> DateProperties =
        GraphOntology.AgreementStatuses.Select(s => s.DateProperty).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public static bool IsStatus(string? value) => GraphOntology.TryParseStatus(value, out _);

    /// <summary>
    /// The first step after the named status that carries a date (an agreement PLANNED with an inForce date), or null.
    /// A date may only be known for a step the agreement has reached.
    /// </summary>
    public static string? DatedStepBeyondStatus(IReadOnlyDictionary<string, string>? properties, string? signed)
    {
        if (properties is null || !GraphOntology.TryParseStatus(properties.GetValueOrDefault(GraphOntology.StatusProperty), out var status))
            return null;
        foreach (var step in GraphOntology.AgreementStatuses.Where(s => s.Status > status))
        {
            var dated = step.DateProperty is null ? signed is not null : properties.ContainsKey(step.DateProperty);
            if (dated)
                return step.DateProperty ?? "date";
        }

        return null;
    }

    public static string StatusMessage(string? value) => $"'{value}' is not an agreement status; expected one of {StatusNames}";
}
