using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Every name, localised name and alias of the known entities by its search folding (case and diacritics ignored, so
/// <c>Bo LD-TB&amp;XH</c> finds <c>Bộ LĐ-TB&amp;XH</c>), looked up over runs of tokens, longest run first.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, List<KnownName>> _byFold = new(StringComparer.Ordinal);

    public NameIndex(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            Add(entity, entity.Name, "name");
            foreach (var (language, name) in entity.Names)
                Add(entity, name, $"{language} name");
            foreach (var alias in entity.Aliases)
                Add(entity, alias, "alias");
        }
    }

    /// <summary>The longest a name runs, in tokens: a bound on how far a lookup extends.</summary>
    public int LongestRun { get; private set; } = 1;

    public IReadOnlyList<KnownName> Lookup(string folded) => _byFold.TryGetValue(folded, out var names) ? names : [];

    private void Add(Entity entity, string form, string which)
    {
        var folded = SearchText.Fold(form);
        if (folded.Length < IngestSettings.ShortestName)
            return;
        var list = _byFold.TryGetValue(folded, out var existing) ? existing : _byFold[folded] = [];
        if (list.Any(n => n.EntityId == entity.Id && n.Form == form))
            return;
        var letters = form.Where(char.IsLetter).ToArray();
        list.Add(new KnownName(entity.Id, entity.Kind, form, which, letters.Length > 0 && letters.All(char.IsUpper), form.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()));
        LongestRun = Math.Max(LongestRun, Tokenizer.Tokens(form, new TextSpan(0, form.Length)).Count);
    }
}
