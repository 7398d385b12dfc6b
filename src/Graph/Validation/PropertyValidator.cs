using FluentValidation;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Validation;

/// <summary>A property has a name and a value; the dates of lifecycle steps it holds (planned, negotiating, inForce, terminated) are partial dates.</summary>
internal sealed class PropertyValidator : AbstractValidator<KeyValuePair<string, string>>
{
    public PropertyValidator()
    {
        RuleFor(p => p.Key).NotEmpty().WithMessage("property names must not be empty").MustBeWellFormedText().OverridePropertyName("name");
        RuleFor(p => p.Value).MustBeWellFormedText().OverridePropertyName("value");
        RuleFor(p => p.Value).NotNull().WithMessage(p => $"property '{p.Key}' has no value").OverridePropertyName("value");
        RuleFor(p => p.Value)
            .Must(value => PartialDate.TryParse(value, out _))
            .When(p => LifecycleRules.DateProperties.Contains(p.Key.Trim()))
            .WithMessage(p => $"property {p.Key.Trim()} must be a partial date (yyyy, yyyy-MM or yyyy-MM-dd), not '{p.Value}'")
            .OverridePropertyName("value");
    }
}
