using FluentValidation;
using KnowledgeGraph.Import;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Validation;

/// <summary>
/// Checks one relationship on its own: known type, two distinct ends, dates in order, sources whose asOf no stated date excludes.
/// Whether the ends exist and the ontology allows their kinds is checked per batch by <see cref="BatchValidator"/>.
/// </summary>
internal sealed class RelationshipRecordValidator : AbstractValidator<RelationshipRecord>
{
    private static readonly string TypeNames = string.Join(", ", GraphOntology.Relationships.Select(r => r.Name));

    public RelationshipRecordValidator(ValidationOptions options)
    {
        RuleFor(r => r.Id).NotEmpty().When(r => r.Id is not null).WithMessage("a relationship id must not be empty");
        RuleFor(r => r.Type)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("a relationship needs a type")
            .Must(type => GraphOntology.TryParseType(type, out _))
            .WithMessage($"'{{PropertyValue}}' is not a relationship type; expected one of {TypeNames}");
        RuleFor(r => r.From).NotEmpty().WithMessage("a relationship needs a from entity id");
        RuleFor(r => r.To).NotEmpty().WithMessage("a relationship needs a to entity id");
        RuleFor(r => r.To)
            .NotEqual(r => r.From)
            .When(r => !string.IsNullOrEmpty(r.From))
            .WithMessage("a relationship cannot connect '{PropertyValue}' to itself");
        RuleFor(r => r.ValidFrom).MustBePartialDate();
        RuleFor(r => r.ValidTo).MustBePartialDate();
        RuleFor(r => r.ValidTo)
            .Must((r, validTo) => PartialDate.Parse(validTo!).End >= PartialDate.Parse(r.ValidFrom!).Start)
            .When(r => PartialDate.TryParse(r.ValidFrom, out _) && PartialDate.TryParse(r.ValidTo, out _))
            .WithMessage(r => $"validTo '{r.ValidTo}' is before validFrom '{r.ValidFrom}'");
        RuleFor(r => r.Id).MustBeWellFormedText();
        RuleFor(r => r.Properties).MustHaveDistinctNames();
        RuleForEach(r => r.Sources)
            .Must((r, source) => !ExcludedByStatedDates(r, source!))
            .When(r => r.Sources is not null)
            .WithMessage((r, source) => $"asOf '{source!.AsOf}' falls outside the stated validFrom '{r.ValidFrom}' .. validTo '{r.ValidTo}': a source cannot show the relationship holding when a stated date excludes it");
        RuleForEach(r => r.Properties).SetValidator(new PropertyValidator());
        RuleFor(r => r.Properties![GraphOntology.StatusProperty])
            .Must(LifecycleRules.IsStatus)
            .When(r => GraphOntology.TryParseType(r.Type, out var type) && GraphOntology.StatusCarriers.Contains(type)
                && r.Properties is not null && r.Properties.ContainsKey(GraphOntology.StatusProperty))
            .WithMessage(r => LifecycleRules.StatusMessage(r.Properties![GraphOntology.StatusProperty]))
            .OverridePropertyName("Properties.status");
        RuleFor(r => r.Sources).NotEmpty().When(_ => options.RequireSources).WithMessage("a curated fact needs at least one source with a quote");
        RuleForEach(r => r.Sources).NotNull().SetValidator(new SourceRecordValidator());
    }

    private static bool ExcludedByStatedDates(RelationshipRecord relationship, SourceRecord source)
    {
        if (source is null || !PartialDate.TryParse(source.AsOf, out var asOf))
            return false;
        var startsAfter = PartialDate.TryParse(relationship.ValidFrom, out var from) && asOf.End < from.Start;
        var endsBefore = PartialDate.TryParse(relationship.ValidTo, out var to) && asOf.Start > to.End;
        return startsAfter || endsBefore;
    }
}
