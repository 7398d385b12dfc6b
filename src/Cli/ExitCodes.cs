namespace KnowledgeGraph.Cli;

/// <summary>kg's exit codes, so scripts can tell a bad batch from a refusal or a wrong data file.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input was invalid: an import batch with errors, an option value out of range (also System.CommandLine's code for a bad command line).</summary>
    public const int InvalidInput = 1;

    /// <summary>kg declined to do something that could lose or mix up data; the message says how to ask for it explicitly.</summary>
    public const int Refused = 2;

    /// <summary>The data file does not exist (read commands never create one) or is not a store.</summary>
    public const int NoStore = 3;

    /// <summary>kg itself failed (a bug): the message names the fault; <c>KG_DEBUG=1</c> adds the stack trace.</summary>
    public const int InternalError = 70;
}
