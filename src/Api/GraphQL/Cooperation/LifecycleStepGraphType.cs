using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Cooperation;

/// <summary>A lifecycle step an agreement has reached, with the date it is known at.</summary>
internal sealed class LifecycleStepGraphType : ObjectGraphType<LifecycleStep>
{
    public LifecycleStepGraphType()
    {
        Name = "LifecycleStep";
        Field<NonNullGraphType<AgreementStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<PartialDateGraphType>("date").Description("When a source shows the step (planned or negotiating as of), or the date it happened (signed, in force, ended); null when not known").Resolve(c => c.Source.Date);
    }
}
