using FluentValidation;
using KnowledgeGraph.Import;

namespace KnowledgeGraph.Validation;

/// <summary>
/// Checks one catalogue record on its own: an id sources can cite and a page address can carry, a title (and its English
/// translation when the document is not in English), a language, dates as partial dates, an absolute http(s) URL.
/// </summary>
public sealed class DocumentRecordValidator : AbstractValidator<DocumentRecord>
{
    /// <summary>Longest text a document may store: far above any article or excerpt, far below what would slow a page.</summary>
    public const int MaxTextLength = 2_000_000;

    /// <summary>The rules of a catalogue record.</summary>
    public DocumentRecordValidator()
    {
        RuleFor(d => d.Id)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("a document needs an id")
            .Matches(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\z")
            .WithMessage("'{PropertyValue}' is not a document id: up to 200 letters, digits, '.', '_' and '-', starting with a letter or digit (a file name such as 001_7453ac8fb6f0193d.txt)");
        RuleFor(d => d.Title).NotEmpty().WithMessage("a document needs a title").MaximumLength(1000).MustBeWellFormedText();
        RuleFor(d => d.TitleEnglish)
            .NotEmpty().When(d => d.Language is not null && d.Language.Trim() != "en")
            .WithMessage("a document not in English needs its title in English (the curators' translation)")
            .MaximumLength(1000).MustBeWellFormedText();
        RuleFor(d => d.Language)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("a document needs the code of its language")
            .Matches(@"^[a-z]{2,3}\z").WithMessage("'{PropertyValue}' is not a language code such as vi or en");
        RuleFor(d => d.Publisher).MaximumLength(500).MustBeWellFormedText();
        RuleFor(d => d.Published).MustBePartialDate();
        RuleFor(d => d.ExcerptTaken).MustBePartialDate();
        RuleFor(d => d.ExcerptTaken)
            .Null().When(d => string.IsNullOrWhiteSpace(d.Url))
            .WithMessage("an excerpt date belongs to a web page: give the url the excerpt was taken from");
        RuleFor(d => d.Url)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(d => !string.IsNullOrWhiteSpace(d.Url))
            .WithMessage("'{PropertyValue}' is not an absolute http(s) URL");
        RuleFor(d => d.Note).MaximumLength(4000).MustBeWellFormedText();
        RuleFor(d => d.Text).MaximumLength(MaxTextLength).MustBeWellFormedText();
    }
}
