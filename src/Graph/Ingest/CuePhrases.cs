namespace KnowledgeGraph.Ingest;

/// <summary>
/// The vocabulary the patterns read, Vietnamese and English, in one home: titles, head words of bodies and events, and
/// the cue phrases of each relationship. Longer phrases come first where one contains another.
/// </summary>
internal static class CuePhrases
{
    private static Cue[] Of(params string[] phrases) => [.. phrases.Select(Cue.Of).OrderByDescending(c => c.Lower.Length)];

    /// <summary>Titles that name a post: a person after one holds a position in the body the title names or stands beside.</summary>
    public static readonly Cue[] PostTitles = Of(
        "phó thủ tướng", "thủ tướng", "tổng bí thư", "chủ tịch nước", "chủ tịch", "tổng thống", "phó thứ trưởng", "thứ trưởng",
        "bộ trưởng", "phó vụ trưởng", "vụ trưởng", "tổng cục trưởng", "phó cục trưởng", "cục trưởng", "đại sứ", "trưởng đoàn",
        "tổng giám đốc", "phó giám đốc", "giám đốc", "deputy prime minister", "prime minister", "deputy minister", "vice minister",
        "minister", "director general", "director", "ambassador", "leader", "deputy under secretary", "under secretary", "secretary",
        "president", "chairman", "chairwoman");

    /// <summary>
    /// Titles of a head of state or government, or of a delegation: a bare one names no ministry's post, so it is never
    /// read as a post in the body the document names most.
    /// </summary>
    public static readonly HashSet<string> StateTitles = new(StringComparer.Ordinal)
    {
        "thủ tướng", "phó thủ tướng", "tổng bí thư", "chủ tịch nước", "tổng thống", "prime minister", "deputy prime minister", "president", "trưởng đoàn",
    };

    /// <summary>Forms of address: a new person may follow them, but they name no post.</summary>
    public static readonly Cue[] Honorifics = Of("ông", "bà", "mr", "ms", "mrs", "madam", "dr");

    /// <summary>Head words of a government body's name (<c>Bộ Việc làm…</c>, <c>Ministry of…</c>).</summary>
    public static readonly Cue[] BodyHeads = Of("tổng cục", "bộ", "cục", "vụ", "ủy ban", "uỷ ban", "ministry", "department");

    /// <summary>Head words of an event's name, by which a sentence refers back to the event without naming it.</summary>
    public static readonly Cue[] EventHeads = Of(
        "hội nghị", "hội thảo", "đối thoại", "diễn đàn", "meeting", "conference", "dialogue", "workshop", "forum");

    /// <summary>
    /// Words that describe an event of a type the catalogue gives events (<c>properties.type</c>) without naming it:
    /// "cuộc gặp với …", "had a bilateral meeting with …", "chuyến thăm …", "the Prime Minister's trip".
    /// </summary>
    public static readonly (string Type, Cue[] Cues)[] EventKinds =
    [
        ("meeting", Of("cuộc họp", "cuộc gặp", "hội đàm", "buổi làm việc", "phiên họp", "meeting", "talks")),
        ("visit", Of("chuyến thăm", "chuyến công tác", "thăm chính thức", "visit", "trip")),
        ("conference", Of("hội nghị", "conference")),
        ("workshop", Of("hội thảo", "workshop", "seminar")),
        ("dialogue", Of("đối thoại", "dialogue")),
        ("forum", Of("diễn đàn", "forum")),
        ("ceremony", Of("lễ ký", "lễ ký kết", "signing ceremony", "ceremony")),
    ];

    /// <summary>Words after which a state is the one visited: the host of a visit (<c>thăm chính thức Thổ Nhĩ Kỳ</c>, <c>visit to Laos</c>).</summary>
    public static readonly Cue[] Visiting = Of("thăm chính thức", "thăm cấp nhà nước", "thăm", "sang thăm", "visit to", "visited", "visiting", "trip to");

    /// <summary>Agreements in the plural: with a list of states, one agreement per state (<c>các hiệp định … với Hàn Quốc, Đức</c>).</summary>
    public static readonly Cue[] PluralAgreements = Of(
        "các hiệp định", "các thỏa thuận", "các thoả thuận", "các bản ghi nhớ", "agreements", "arrangements", "memoranda of understanding");

    /// <summary>"With": the other side of an agreement or a cooperation.</summary>
    public static readonly Cue[] With = Of("với", "with");

    /// <summary>Words that stop a new body's name: what follows them is not part of it.</summary>
    public static readonly HashSet<string> NameStops = new(StringComparer.Ordinal)
    {
        "của", "tại", "với", "đã", "sẽ", "là", "cho", "về", "trong", "nhân", "do", "được", "đến", "đang", "cùng", "các",
        "những", "này", "đó", "để", "khi", "như", "từ", "theo", "giữa", "làm", "ký", "tham", "đồng", "phát", "cho", "biết",
        "the", "at", "with", "in", "on", "for", "to", "has", "had", "have", "was", "is", "said", "signed", "by", "from",
    };

    public static readonly Cue[] Signing = Of("ký kết", "ký", "kí kết", "kí", "signed", "signing", "sign");

    public static readonly Cue[] AgreementWords = Of(
        "biên bản ghi nhớ", "bản ghi nhớ", "hiệp định", "thỏa thuận", "thoả thuận", "hiệp ước", "memorandum of understanding",
        "mou", "agreement", "arrangement");

    public static readonly Cue[] Planned = Of("dự kiến", "sẽ", "kế hoạch", "thúc đẩy", "tiến tới", "xúc tiến", "will", "plan", "plans", "planned", "to sign");

    public static readonly Cue[] Negotiating = Of("đàm phán", "xây dựng", "dự thảo", "negotiate", "negotiating", "negotiation", "negotiations", "draft", "drafting");

    public static readonly Cue[] Leading = Of("trưởng đoàn", "dẫn đầu", "đồng chủ trì", "chủ trì", "led", "co chaired", "chaired", "headed");

    public static readonly Cue[] Attending = Of(
        "tham dự", "tham gia", "phát biểu tại", "attended", "attend", "attending", "participated", "took part", "joined");

    /// <summary>"At", "attending" right before an event: who the sentence places there took part (alone, <c>dự</c> also begins dự kiến, dự án).</summary>
    public static readonly Cue[] At = Of("tại", "at", "dự", "trong", "during");

    public static readonly Cue[] Hosting = Of("đăng cai", "tổ chức", "trụ sở", "hosted", "hosts", "organised", "organized", "headquarters");

    public static readonly Cue[] Cooperation = Of("hợp tác", "phối hợp", "đối tác", "cooperation", "cooperate", "co operation", "partner", "partners", "partnership");

    public static readonly Cue[] Membership = Of("thành viên", "gia nhập", "diễn đàn", "member", "members", "membership", "forums");

    public static readonly Cue[] Funding = Of("tài trợ", "viện trợ", "provided", "funded", "funding", "grant");

    /// <summary>Words naming money, so a funding cue is about an amount.</summary>
    public static readonly Cue[] Money = Of("usd", "đô la", "dollars", "euro", "eur", "yen", "won");

    /// <summary>Adopting, amending or applying a law, plan or declaration.</summary>
    public static readonly Cue[] Adopting = Of("thông qua", "ban hành", "sửa đổi", "thực thi", "adoption", "adopted", "adopt", "revision", "revised", "enacted");

    /// <summary>A meeting's discussion of, or a document's resting on, an instrument.</summary>
    public static readonly Cue[] Referring = Of("thảo luận", "trao đổi", "bàn về", "dựa trên", "discussed", "discussion", "based on", "under");

    /// <summary>An occasion: an agreement signed in a sentence naming an event was signed during it.</summary>
    public static readonly Cue[] During = Of("nhân", "trong", "during", "on the occasion of", "within the framework of", "tại", "at");

    /// <summary>"Under" a body: the units listed after it are its parts.</summary>
    public static readonly Cue[] Under = Of("trực thuộc", "thuộc", "under");

    /// <summary>"Between A and B": the two sides of a cooperation.</summary>
    public static readonly Cue[] Between = Of("giữa", "between");

    /// <summary>Words for the two bodies of a bilateral article.</summary>
    public static readonly Cue[] TwoBodies = Of("hai bộ", "the two ministries", "both ministries");

    /// <summary>Words for the two states of a bilateral article.</summary>
    public static readonly Cue[] TwoStates = Of("hai nước", "the two countries", "both countries");

    /// <summary>Words that open a list of examples: "các tổ chức Liên Hợp quốc, đặc biệt là ILO, UNICEF".</summary>
    public static readonly Cue[] Listing = Of("đặc biệt là", "bao gồm", "gồm", "như", "including", "such as", "notably");

    /// <summary>Words naming an organisation's members or agencies, right before it: "các tổ chức Liên Hợp quốc".</summary>
    public static readonly Cue[] Members = Of("tổ chức", "cơ quan", "organisations", "organizations", "agencies", "bodies");

    /// <summary>Words between two bodies that make the first part of the second (<c>Vụ Hợp tác quốc tế, Bộ LĐ-TB&amp;XH</c>).</summary>
    public static readonly HashSet<string> PartOfLinks = new(StringComparer.Ordinal) { "của", "thuộc", "trực", "of", "the", "under" };
}
