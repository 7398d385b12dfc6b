namespace KnowledgeGraph.Queries;

/// <summary>Why an entity is a partner of an actor.</summary>
public enum PartnerBasis
{
    /// <summary>It and the actor (or one acting for it) cooperate (COOPERATES_WITH, either way).</summary>
    CooperatesWith,

    /// <summary>The actor (or one acting for it) funds it.</summary>
    Funds,

    /// <summary>It funds the actor (or one acting for it).</summary>
    FundedBy,

    /// <summary>Both are parties to, signed or fund the same agreement (intended parties of a planned one included).</summary>
    SharedAgreement,

    /// <summary>Both took part in, hosted or funded the same event.</summary>
    SharedEvent,
}
