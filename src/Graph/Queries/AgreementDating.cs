namespace KnowledgeGraph.Queries;

/// <summary>Which dates of an agreement a window is compared with.</summary>
public enum AgreementDating
{
    /// <summary>Signed (the entity's date) or entered into force (property <c>inForce</c>) within the window.</summary>
    ConcludedOrEnteredIntoForce,

    /// <summary>In force at any time in the window: from signature or entry into force, until <c>terminated</c> if known.</summary>
    InForce,
}
