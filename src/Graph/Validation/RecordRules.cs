using FluentValidation;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Validation;

/// <summary>Rules shared by entity and relationship records.</summary>
internal static class RecordRules
{
    public static IRuleBuilderOptions<T, string?> MustBePartialDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || PartialDate.TryParse(text, out _))
            .WithMessage((_, text) => PartialDate.TryParse(text, out var _, out var error) ? string.Empty : error);
}
