using System.CommandLine;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Text;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg search TEXT [--kinds K...] [--first N]</c>: the API's search (names, names by language and aliases, ignoring
/// case and diacritics, best matches first) on an existing store, to find an entity before adding one.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "What to look for, e.g. \"Dao Ngoc Dung\" or MOLISA" };
        var kinds = new Option<string[]>("--kinds")
        {
            Description = "Only entities of these kinds",
            AllowMultipleArgumentsPerToken = true,
        };
        kinds.AcceptOnlyFromAmong([.. GraphOntology.Kinds.Select(k => k.Name)]);
        var first = new Option<int>("--first") { Description = "How many matches at most", DefaultValueFactory = _ => QueryDefaults.SearchResults };
        first.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--first must be at least 1");
        });
        text.Validators.Add(result =>
        {
            if (SearchText.Problem(result.GetValueOrDefault<string>() ?? "") is { } problem)
                result.AddError(problem);
        });
        var store = new StoreOption();
        var command = store.AddTo(new Command("search", "Find entities by name, alias or name in any language") { text, kinds, first });
        command.SetGuardedAction(async (parse, cancellationToken) =>
        {
            await using var graph = await store.OpenAsync(parse, SqliteStoreMode.OpenExisting, cancellationToken);
            var wanted = (parse.GetValue(kinds) ?? []).Select(GraphOntology.ParseKind).ToList();
            var found = await graph.SearchAsync(parse.GetValue(text)!.Trim(), wanted, parse.GetValue(first), cancellationToken);
            if (found.Count == 0)
            {
                KgConsole.Error.MarkupLine("No entity matches.");
                return ExitCodes.Success;
            }

            var table = new Table().AddColumn("id").AddColumn("kind").AddColumn("name").AddColumn("also known as");
            foreach (var entity in found)
            {
                var otherNames = entity.Names.Values.Concat(entity.Aliases).Where(n => n != entity.Name).Distinct(StringComparer.Ordinal);
                table.AddRow(Markup.Escape(entity.Id), entity.Kind.Name(), Markup.Escape(entity.Name), Markup.Escape(string.Join("; ", otherNames)));
            }
            KgConsole.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
