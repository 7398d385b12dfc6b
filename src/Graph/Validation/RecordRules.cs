using FluentValidation;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Validation;

/// <summary>Rules shared by entity and relationship records.</summary>
internal static class RecordRules
{
    /// <summary>
    /// Text must be well-formed UTF-16: a lone surrogate cannot be stored as UTF-8 without silently becoming U+FFFD,
    /// and it breaks Unicode normalisation in search.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBeWellFormedText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || WellFormedText.IsWellFormed(text)).WithMessage("the text contains an unpaired UTF-16 surrogate, which is not a character");

    /// <summary>Property names are stored trimmed, so two that differ only by surrounding spaces would collide.</summary>
    public static IRuleBuilderOptions<T, Dictionary<string, string>?> MustHaveDistinctNames<T>(this IRuleBuilder<T, Dictionary<string, string>?> rule) =>
        rule.Must(properties => properties is null || properties.Keys.Select(k => k.Trim()).Distinct(StringComparer.Ordinal).Count() == properties.Count)
            .WithMessage("two property names are the same once surrounding spaces are removed");

    public static IRuleBuilderOptions<T, string?> MustBePartialDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || PartialDate.TryParse(text, out _))
            .WithMessage((_, text) => PartialDate.TryParse(text, out var _, out var error) ? string.Empty : error);
}
