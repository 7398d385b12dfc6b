namespace KnowledgeGraph.Errors;

/// <summary>An argument is outside the bounds the engine accepts; <see cref="QueryRefusedException.Code"/> says which limit.</summary>
public sealed class ArgumentLimitExceededException(string code, string argument, string message)
    : QueryRefusedException(code, argument, message);
