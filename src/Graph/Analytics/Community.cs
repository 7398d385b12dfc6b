namespace KnowledgeGraph.Analytics;

/// <summary>
/// One group: its rank (1 = largest; equal sizes by their first member's id), how many entities it holds, and its
/// members' ids in ordinal order (all of them, or those asked for with <see cref="CommunityQuery.Among"/>).
/// </summary>
public sealed record Community(int Rank, int Size, IReadOnlyList<string> MemberIds);
