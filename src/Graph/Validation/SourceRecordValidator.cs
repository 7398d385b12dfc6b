using FluentValidation;
using KnowledgeGraph.Import;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Validation;

/// <summary>A source names a document or an absolute http(s) URL, quotes the text in its original language, dates it (asOf) as a partial date, and records a review by who and when, or not at all.</summary>
internal sealed class SourceRecordValidator : AbstractValidator<SourceRecord>
{
    public SourceRecordValidator()
    {
        RuleFor(s => s.Quote).NotEmpty().WithMessage("a source needs the quote that states the fact").MustBeWellFormedText();
        RuleFor(s => s)
            .Must(s => !string.IsNullOrWhiteSpace(s.Document) || !string.IsNullOrWhiteSpace(s.Url))
            .OverridePropertyName("document")
            .WithMessage("a source needs a document (article file name) or a url");
        RuleFor(s => s.Url)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(s => !string.IsNullOrWhiteSpace(s.Url))
            .WithMessage("'{PropertyValue}' is not an absolute http(s) URL");
        RuleFor(s => s.Language)
            .Matches(@"^[a-z]{2,3}\z")
            .When(s => s.Language is not null)
            .WithMessage("'{PropertyValue}' is not a language code such as vi or en");
        RuleFor(s => s.AsOf).MustBePartialDate();
        RuleFor(s => s.ReviewedBy).MaximumLength(ReviewTime.MaxReviewerLength).MustBeWellFormedText();
        RuleFor(s => s.ReviewedAt)
            .Must(t => ReviewTime.TryParse(t, out _))
            .When(s => s.ReviewedAt is not null)
            .WithMessage("'{PropertyValue}' is not an ISO 8601 date and time with its offset, such as 2024-03-01T09:30:00Z");
        RuleFor(s => s)
            .Must(s => string.IsNullOrWhiteSpace(s.ReviewedBy) == (s.ReviewedAt is null))
            .OverridePropertyName("reviewedBy")
            .WithMessage("a review names who reviewed (reviewedBy) and when (reviewedAt), both or neither");
    }
}
