namespace KnowledgeGraph.Queries;

/// <summary>
/// Which dates of an agreement a window is compared with (the lifecycle's: signature, entry into force, termination).
/// Without the date a mode needs, nothing supports the agreement being in the window: it is left out, unless the window
/// asks for every possible one (<c>EvidenceMode.Possible</c>). Planned and negotiated agreements count only by default.
/// </summary>
public enum AgreementDating
{
    /// <summary>
    /// The contract's meaning of "since 2020": signed (the entity's date) or entered into force (property <c>inForce</c>)
    /// within the window; an unsigned agreement when the step it has reached is known in the window.
    /// </summary>
    SignedOrInForce,

    /// <summary>
    /// Concluded within the window: the date it was signed, or, when that is unknown, the date it entered into force.
    /// An agreement signed in 2019 that entered into force in 2021 was not concluded "since 2020".
    /// </summary>
    Concluded,

    /// <summary>In force at any time in the window: from entry into force (else signature) until <c>terminated</c> if known.</summary>
    InForce,
}
