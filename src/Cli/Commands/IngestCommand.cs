using System.CommandLine;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg ingest FILE</c>: reads an article (text, or HTML saved from a page) on the store's knowledge (its entities'
/// names and aliases) and writes a candidate batch in the import format beside it (<c>FILE.candidates.json</c>, with
/// its review file <c>FILE.review.json</c> for <c>/curate</c>). The store is only read. The batch is validated
/// against the store before it is written; <c>--dry-run</c> prints what was found and writes nothing.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The article: a text file, or an HTML page saved from the web" };
        var id = new Option<string?>("--id") { Description = "The document's id in the catalogue (default: the file's name)" };
        var title = new Option<string?>("--title") { Description = "The document's title, in its language (default: the page's title, else the first line)" };
        var titleEnglish = new Option<string?>("--title-english") { Description = "The title in English: required for a document not in English, unless the catalogue has it" };
        var publisher = new Option<string?>("--publisher") { Description = "Who published it" };
        var date = new Option<string?>("--date") { Description = "When it was published: 2023, 2023-06 or 2023-06-15 (default: a time stamp in the text)" };
        var url = new Option<string?>("--url") { Description = "The page's address" };
        var language = new Option<string?>("--language") { Description = "Its language code, vi or en (default: detected from its letters)" };
        var output = new Option<string?>("--output", "-o") { Description = "The candidate batch to write (default: FILE.candidates.json beside FILE)" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the candidate files if they exist" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what was found; write no file" };
        var store = new StoreOption();
        var command = new Command("ingest", "Propose sourced candidate facts from an article, for review")
        {
            file, id, title, titleEnglish, publisher, date, url, language, output, overwrite, dryRun, store.Option,
        };
        command.SetGuardedAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var document = IngestInput.Read(path, new IngestInput.Options(
                parse.GetValue(id), parse.GetValue(title), parse.GetValue(titleEnglish), parse.GetValue(publisher),
                parse.GetValue(date), parse.GetValue(url), parse.GetValue(language)));
            await using var graph = await store.OpenAsync(parse, SqliteStoreMode.OpenExisting, cancellationToken);
            document = await WithCatalogueAsync(graph, document, cancellationToken);
            var entities = new List<KnowledgeGraph.Model.Entity>();
            await foreach (var entity in graph.StreamEntitiesAsync(cancellationToken))
                entities.Add(entity);
            var result = new ArticleIngester(entities).Ingest(document);
            var batchPath = Path.GetFullPath(parse.GetValue(output) ?? path + ".candidates.json");
            var reviewPath = ReviewPathOf(batchPath);
            var stored = await StoredMatches.FindAsync(graph, result.Candidates, cancellationToken);
            var candidates = CandidateBatch.From(result, Path.GetFileName(batchPath), stored);
            await ValidateAsync(graph, candidates, batchPath, cancellationToken);
            IngestSummary.Print(result, candidates);
            if (parse.GetValue(dryRun))
            {
                KgConsole.Error.MarkupLine("[green]Valid.[/] Nothing written (--dry-run).");
                return ExitCodes.Success;
            }

            var replace = parse.GetValue(overwrite);
            foreach (var target in new[] { batchPath, reviewPath }.Where(p => !replace && File.Exists(p)))
                throw new RefusalException($"{target} already exists; kg ingest never replaces a file silently. Choose another name with -o, or add --overwrite.");
            await ExportFile.WriteAsync(batchPath, replace, stream => WriteTextAsync(stream, candidates.BatchJson()), "kg ingest");
            await ExportFile.WriteAsync(reviewPath, replace, stream => WriteTextAsync(stream, candidates.ReviewJson()), "kg ingest");
            KgConsole.Error.MarkupLineInterpolated($"[green]Wrote[/] {candidates.Entities.Count} new entities and {candidates.Relationships.Count} candidate relationships to {batchPath}, and their review to {reviewPath}. Nothing was written to the store: review them at /curate, or import with kg import.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The review file beside a batch: <c>x.candidates.json</c> → <c>x.review.json</c>.</summary>
    public static string ReviewPathOf(string batchPath) =>
        batchPath.EndsWith(".candidates.json", StringComparison.Ordinal)
            ? batchPath[..^".candidates.json".Length] + ".review.json"
            : Path.ChangeExtension(batchPath, null) + ".review.json";

    /// <summary>
    /// A document already catalogued under the id must be the same text (else its quotes would change under it); its
    /// catalogued English title serves when none is given. A document not in English needs one, as the catalogue does.
    /// </summary>
    private static async Task<IngestDocument> WithCatalogueAsync(IGraphStore graph, IngestDocument document, CancellationToken cancellationToken)
    {
        var catalogued = (await graph.GetDocumentsAsync([document.Id], cancellationToken)).GetValueOrDefault(document.Id);
        if (catalogued?.Text is { } text && text != document.Text)
            throw new RefusalException($"the store already catalogues a document '{document.Id}' with another text; give this one its own id with --id.");
        document = document with { Catalogue = document.Catalogue with { TitleEnglish = document.Catalogue.TitleEnglish ?? catalogued?.TitleEnglish } };
        if (document.Language != "en" && string.IsNullOrWhiteSpace(document.Catalogue.TitleEnglish))
            throw new InvalidInputException($"'{document.Catalogue.Title}' is not in English: give its title in English with --title-english (the catalogue keeps the curators' translation of every title).");
        return document;
    }

    /// <summary>The batch must import as it stands: a candidate that does not is the ingest's fault, said as such.</summary>
    private static async Task ValidateAsync(IGraphStore graph, CandidateBatch candidates, string batchPath, CancellationToken cancellationToken)
    {
        var records = new RecordBatch();
        records.Documents.Add(new Located<DocumentRecord>($"{batchPath} $.documents[0]", candidates.Document));
        records.Entities.AddRange(candidates.Entities.Select((e, i) => new Located<EntityRecord>($"{batchPath} $.entities[{i}]", e)));
        records.Relationships.AddRange(candidates.Relationships.Select((r, i) => new Located<RelationshipRecord>($"{batchPath} $.relationships[{i}]", r)));
        var result = await new BatchImporter(graph).ImportAsync(records, dryRun: true, cancellationToken);
        if (result.Succeeded)
            return;
        foreach (var error in result.Errors)
            KgConsole.Error.MarkupLineInterpolated($"[red]error[/] {error}");
        throw new InvalidInputException($"the candidate batch would not import ({result.Errors.Count} error(s)); nothing was written.");
    }

    private static async Task<int> WriteTextAsync(Stream stream, string text)
    {
        await using var writer = new StreamWriter(stream, leaveOpen: true);
        await writer.WriteAsync(text);
        return text.Length;
    }
}
