using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Tests.Ingest;

public sealed class MentionLinkingTests
{
    private static List<string> Linked(string text) =>
        [.. IngestSamples.Ingest(text).Sentences.SelectMany(s => s.Mentions).Where(m => !m.IsNew && m.InferredFrom is null).Select(m => m.EntityId)];

    [Theory]
    [InlineData("Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung phát biểu.")]
    [InlineData("Bo truong Bo LD-TB&XH Dao Ngoc Dung phat bieu.")]
    [InlineData("BỘ TRƯỞNG BỘ LĐTBXH ĐÀO NGỌC DUNG PHÁT BIỂU.")]
    public void Names_and_aliases_link_whatever_the_case_and_diacritics(string text)
    {
        Assert.Equal(["ministry:VNM-MOLISA", "person:dao-ngoc-dung"], Linked(text));
    }

    [Fact]
    public void The_longest_name_wins_over_the_names_inside_it()
    {
        Assert.Equal(["ministry:USA-DOL"], Linked("Đại diện Bộ Lao động Hoa Kỳ cho biết."));
    }

    [Fact]
    public void A_localised_name_links_like_the_name()
    {
        Assert.Equal(["country:LAO", "org:ILO"], Linked("Lào và Tổ chức Lao động Quốc tế ký kết."));
    }

    [Theory]
    [InlineData("Bà Thea Lee cho biết.", "ministry:DEU-BA")]
    [InlineData("Hai bên bàn về Lao động và việc làm.", "country:LAO")]
    [InlineData("Người lao động Việt Nam sang Hàn Quốc làm việc; ilo là từ khác.", "org:ILO")]
    public void Ordinary_words_are_not_one_word_names_or_acronyms(string text, string notLinked)
    {
        Assert.DoesNotContain(notLinked, Linked(text));
    }

    [Fact]
    public void A_bare_ministry_word_is_read_as_the_body_the_document_names_most_and_marked_inferred()
    {
        var result = IngestSamples.Ingest("Bộ LĐ-TB&XH tổ chức hội nghị. Năm 2023, Bộ đã ký nhiều văn kiện.");

        var bare = Assert.Single(result.Sentences[1].Mentions, m => m.Text == "Bộ");
        Assert.Equal("ministry:VNM-MOLISA", bare.EntityId);
        Assert.Contains("names most", bare.InferredFrom);
    }

    [Fact]
    public void New_people_after_titles_and_new_bodies_get_ids_by_the_convention()
    {
        var result = IngestSamples.Ingest("Thứ trưởng Nguyễn Văn Hùng làm việc với Bộ Nguồn nhân lực Singapore và ông Trần Minh Tuấn.");

        Assert.Contains(result.NewEntities, e => e.Id == "person:nguyen-van-hung" && e.Kind == EntityKind.Person);
        Assert.Contains(result.NewEntities, e => e.Id == "person:tran-minh-tuan");
        Assert.All(result.NewEntities, e => Assert.Matches(GraphOntology.Definition(e.Kind).IdPattern, e.Id));
    }
}
