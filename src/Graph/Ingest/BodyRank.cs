using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// How high a body stands, to tell "a unit, its ministry" (part of) from a list of sibling units: a state (3) above a
/// ministry or organisation (2) above a unit (1). A known body's id says which it is (the convention gives a unit its
/// ministry's id and its own: <c>ministry:VNM-MOLISA-ICD</c>); a new body's head word does (Bộ, Ministry: a ministry).
/// </summary>
internal static class BodyRank
{
    public static int Of(EntityMention mention) => mention.Kind switch
    {
        EntityKind.Country => 3,
        EntityKind.Organization => 2,
        EntityKind.Ministry when mention.IsNew => mention.Text.StartsWith("Bộ ", StringComparison.Ordinal) || mention.Text.StartsWith("Ministry", StringComparison.Ordinal) ? 2 : 1,
        EntityKind.Ministry => mention.EntityId.Count(c => c == '-') == 1 ? 2 : 1,
        _ => 0,
    };
}
