using FluentValidation;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Validation;

/// <summary>Checks one entity on its own: known kind, id following the kind's convention, names, date, sources, and an agreement's lifecycle status.</summary>
internal sealed class EntityRecordValidator : AbstractValidator<EntityRecord>
{
    private static readonly string KindNames = string.Join(", ", GraphOntology.Kinds.Select(k => k.Name));

    public EntityRecordValidator(ValidationOptions options)
    {
        RuleFor(e => e.Id).NotEmpty().WithMessage("an entity needs an id");
        RuleFor(e => e.Kind)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("an entity needs a kind")
            .Must(kind => GraphOntology.TryParseKind(kind, out _))
            .WithMessage($"'{{PropertyValue}}' is not an entity kind; expected one of {KindNames}");
        RuleFor(e => e.Id)
            .Must((entity, id) => FollowsConvention(entity.Kind, id!))
            .When(e => !string.IsNullOrEmpty(e.Id) && GraphOntology.TryParseKind(e.Kind, out _))
            .WithMessage(e => $"'{e.Id}' does not follow the id convention for {e.Kind}, e.g. {ExampleFor(e.Kind)}");
        RuleFor(e => e.Id).MustBeWellFormedText();
        RuleFor(e => e.Name).NotEmpty().WithMessage("an entity needs a name").MaximumLength(500).MustBeWellFormedText();
        RuleForEach(e => e.Names)
            .Must(n => System.Text.RegularExpressions.Regex.IsMatch(n.Key, @"^[a-z]{2,3}\z"))
            .WithMessage((_, n) => $"'{n.Key}' is not a language code such as vi or en")
            .Must(n => !string.IsNullOrWhiteSpace(n.Value))
            .WithMessage((_, n) => $"the {n.Key} name must not be empty")
            .Must(n => WellFormedText.IsWellFormed(n.Value))
            .WithMessage((_, n) => $"the {n.Key} name contains an unpaired UTF-16 surrogate, which is not a character");
        RuleForEach(e => e.Aliases).NotEmpty().WithMessage("aliases must not be empty").MustBeWellFormedText();
        RuleFor(e => e.Date).MustBePartialDate();
        RuleFor(e => e.Properties).MustHaveDistinctNames();
        RuleForEach(e => e.Properties).SetValidator(new PropertyValidator());
        RuleFor(e => e.Properties![GraphOntology.StatusProperty])
            .Must(LifecycleRules.IsStatus)
            .When(e => HasLifecycle(e) && e.Properties!.ContainsKey(GraphOntology.StatusProperty))
            .WithMessage(e => LifecycleRules.StatusMessage(e.Properties![GraphOntology.StatusProperty]))
            .OverridePropertyName("Properties.status");
        RuleFor(e => e)
            .Must(e => LifecycleRules.DatedStepBeyondStatus(e.Properties, e.Date) is null)
            .When(HasLifecycle)
            .WithMessage(e => $"status {e.Properties![GraphOntology.StatusProperty]} is a step before '{LifecycleRules.DatedStepBeyondStatus(e.Properties, e.Date)}', which has a date; a date is known only for a step the agreement has reached")
            .OverridePropertyName("Properties.status");
        RuleFor(e => e.Sources).NotEmpty().When(_ => options.RequireSources).WithMessage("a curated fact needs at least one source with a quote");
        RuleForEach(e => e.Sources).NotNull().SetValidator(new SourceRecordValidator());
    }

    private static bool HasLifecycle(EntityRecord entity) =>
        GraphOntology.TryParseKind(entity.Kind, out var kind) && GraphOntology.AgreementKinds.Contains(kind) && entity.Properties is not null;

    private static bool FollowsConvention(string? kind, string id) =>
        GraphOntology.TryParseKind(kind, out var parsed) && GraphOntology.Definition(parsed).IdPattern.IsMatch(id);

    private static string ExampleFor(string? kind) =>
        GraphOntology.TryParseKind(kind, out var parsed) ? GraphOntology.Definition(parsed).IdExample : string.Empty;
}
