using FluentValidation;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Validation;

/// <summary>A property has a name and a value; the dates it holds (inForce) are partial dates.</summary>
public sealed class PropertyValidator : AbstractValidator<KeyValuePair<string, string>>
{
    public PropertyValidator()
    {
        RuleFor(p => p.Key).NotEmpty().WithMessage("property names must not be empty").MustBeWellFormedText().OverridePropertyName("name");
        RuleFor(p => p.Value).MustBeWellFormedText().OverridePropertyName("value");
        RuleFor(p => p.Value).NotNull().WithMessage(p => $"property '{p.Key}' has no value").OverridePropertyName("value");
        RuleFor(p => p.Value)
            .Must(value => PartialDate.TryParse(value, out _))
            .When(p => p.Key.Trim() == "inForce")
            .WithMessage(p => $"property inForce must be a partial date (yyyy, yyyy-MM or yyyy-MM-dd), not '{p.Value}'")
            .OverridePropertyName("value");
    }
}
