using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ontology;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>What <c>kg ingest</c> found, readable: the document as read, the new entities, and the candidates sentence by sentence.</summary>
internal static class IngestSummary
{
    public static void Print(IngestResult result, CandidateBatch candidates)
    {
        var document = result.Document;
        var links = result.Sentences.Sum(s => s.Mentions.Count(m => !m.IsNew));
        KgConsole.Out.MarkupLineInterpolated($"[bold]{document.Id}[/]: {document.Catalogue.Title} ({document.Language}, {document.Published?.ToString() ?? "undated"})");
        foreach (var detection in document.Detected)
            KgConsole.Out.MarkupLineInterpolated($"  [grey]detected: {detection}[/]");
        var known = candidates.Review.Records.Count(r => r.Stored is not null);
        KgConsole.Out.MarkupLineInterpolated($"{result.Sentences.Count} sentences, {links} names linked, {candidates.Entities.Count} new entities, {candidates.Relationships.Count} candidate relationships ({known} already in the graph)");
        if (result.NewEntities.Count > 0)
        {
            var entities = new Table().AddColumn("new entity").AddColumn("kind").AddColumn("name").AddColumn("confidence").AddColumn("why");
            foreach (var entity in result.NewEntities)
                entities.AddRow(Markup.Escape(entity.Id), entity.Kind.Name(), Markup.Escape(entity.Name), $"{entity.Confidence:0.00}", Markup.Escape(entity.Reason));
            KgConsole.Out.Write(entities);
        }

        foreach (var sentence in result.Sentences)
        {
            var here = result.Candidates.Where(c => c.Facts.Any(f => f.SentenceIndex == sentence.Sentence.Index)).ToList();
            if (here.Count == 0)
                continue;
            KgConsole.Out.WriteLine();
            KgConsole.Out.MarkupLineInterpolated($"[grey][[{sentence.Sentence.Index}]][/] {sentence.Sentence.Text}");
            foreach (var candidate in here)
            {
                var fact = candidate.Facts.First(f => f.SentenceIndex == sentence.Sentence.Index);
                var asOf = fact.AsOf is { } date ? $" as of {date}" : "";
                var stored = candidates.Review.Records.First(r => r.Id == candidate.Id).Stored is { } id ? $" [yellow](in the graph as {id})[/]" : "";
                KgConsole.Out.MarkupLine($"  [green]{candidate.Type.Name()}[/] {Markup.Escape($"{candidate.From} → {candidate.To}{asOf}")}{stored}  [grey]{Markup.Escape($"{fact.Confidence:0.00} {fact.Reason}")}[/]");
            }
        }
    }
}
