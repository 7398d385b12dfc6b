using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// What a field tells the cost estimate, written where the field is defined: its own weight (analytics that compute,
/// not just read) and how its list is sized. <see cref="DocumentCost"/> reads them.
/// </summary>
internal static class FieldCost
{
    private const string WeightKey = "kg:cost:weight";
    private const string PerItemKey = "kg:cost:per-item";
    private const string SizingKey = "kg:cost:sizing";

    /// <summary>Weight of a field that computes (paths, rankings, networks), added once per time it is resolved.</summary>
    public const int AnalyticsWeight = 100;

    /// <summary>The field's own weight; <paramref name="perItem"/> when each item of its list is computed on its own (Yen's k paths).</summary>
    public static FieldBuilder<TSource, TReturn> Weighs<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int weight, bool perItem = false)
    {
        field.FieldType.Weighs(weight, perItem);
        return field;
    }

    /// <summary>The same for a field defined as a <see cref="FieldType"/> (paged lists).</summary>
    public static FieldType Weighs(this FieldType field, int weight, bool perItem = false)
    {
        field.Metadata[WeightKey] = weight;
        field.Metadata[PerItemKey] = perItem;
        return field;
    }

    public static FieldBuilder<TSource, TReturn> SizedBy<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, ListSizing sizing) =>
        field.WithMetadata(SizingKey, sizing);

    public static int WeightOf(FieldType field) => field.GetMetadata(WeightKey, 0);

    public static bool WeighsPerItem(FieldType field) => field.GetMetadata(PerItemKey, false);

    public static ListSizing SizingOf(FieldType field) => field.GetMetadata(SizingKey, ListSizing.Assumed);
}
