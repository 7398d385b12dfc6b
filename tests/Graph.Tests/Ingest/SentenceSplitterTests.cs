using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Tests.Ingest;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Vietnamese_sentences_end_at_full_stops_but_not_inside_numbers_or_after_abbreviations()
    {
        const string text = "TS. Nguyễn Văn A cho biết Bộ đã hỗ trợ 1.8 tỷ đồng và 50.000 suất. Ngày 19/10, hội thảo diễn ra tại Hà Nội! Hai bên nhất trí?";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToList();

        Assert.Equal(
            ["TS. Nguyễn Văn A cho biết Bộ đã hỗ trợ 1.8 tỷ đồng và 50.000 suất.", "Ngày 19/10, hội thảo diễn ra tại Hà Nội!", "Hai bên nhất trí?"],
            sentences);
    }

    [Fact]
    public void English_titles_and_initials_do_not_end_a_sentence()
    {
        const string text = "Minister Dao Ngoc Dung met Mr. Kevin Cassidy at the U.S. Department of Labor. The meeting was on May 11.";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToList();

        Assert.Equal(["Minister Dao Ngoc Dung met Mr. Kevin Cassidy at the U.S. Department of Labor.", "The meeting was on May 11."], sentences);
    }

    [Fact]
    public void Text_without_diacritics_splits_the_same_way()
    {
        const string text = "Thu truong Le Van Thanh lam Truong doan. Doan Hoa Ky do ba Thea Lee dan dau.";

        Assert.Equal(2, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void A_sentence_never_crosses_a_line_and_is_trimmed_of_layout()
    {
        const string text = "Tiêu đề bài báo\n| Đối thoại lao động năm 2023. (Ảnh: Molisa.gov.vn) |\n\n|---|\nDòng cuối";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(["Tiêu đề bài báo", "Đối thoại lao động năm 2023.", "(Ảnh: Molisa.gov.vn)", "Dòng cuối"], sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text, text[s.Span.Start..s.Span.End]));
    }
}
