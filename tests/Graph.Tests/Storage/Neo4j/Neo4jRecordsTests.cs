using System.Globalization;

using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

public sealed class Neo4jRecordsTests
{
    [Fact]
    public void Dates_are_written_in_the_ISO_calendar_whatever_the_hosts_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        // Thai culture counts years in the Buddhist era: 2023 is 2566 there.
        CultureInfo.CurrentCulture = new CultureInfo("th-TH");
        try
        {
            var entity = Neo4jRecords.EntityRow(Sample.Molisa);
            var relationship = Neo4jRecords.RelationshipRow(Sample.Signed);

            Assert.Equal(("1987-01-01", "2023-06-15"), (entity["dateStart"], relationship["validStart"]));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
