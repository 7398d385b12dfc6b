using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg: the cooperation knowledge graph's command line")
{
    ImportCommand.Create(),
    IngestCommand.Create(),
    StatsCommand.Create(),
    SearchCommand.Create(),
    ExportCommand.Create(),
    GenerateCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
