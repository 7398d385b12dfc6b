namespace KnowledgeGraph.Errors;

/// <summary>An argument, or a combination of arguments, that makes no sense (VALIDATION_ERROR).</summary>
internal sealed class InvalidQueryArgumentException(string argument, string message)
    : QueryRefusedException(ErrorCodes.Validation, argument, message);
