using Training.Domain.Common;

namespace Training.Domain.Evaluation;

/// <summary>
/// A questionnaire template: the satisfaction survey (for every programme, or one programme's own),
/// a programme's knowledge test, or the follow-up survey. Its items are asked in order.
/// </summary>
public sealed class Questionnaire : Entity
{
    private readonly List<QuestionItem> _items = [];

    private Questionnaire() { }

    public Questionnaire(QuestionnaireKind kind, string title, int? programmeId, bool anonymous)
    {
        Kind = kind;
        ProgrammeId = programmeId;
        Rename(title, anonymous);
        if (kind == QuestionnaireKind.KnowledgeTest && programmeId is null)
            throw new DomainException("Evaluation.TestNeedsProgramme", nameof(ProgrammeId));
    }

    public QuestionnaireKind Kind { get; private set; }
    public int? ProgrammeId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>Answers are stored without any link to the person (knowledge tests are never anonymous: they are paired).</summary>
    public bool IsAnonymous { get; private set; }

    public IReadOnlyCollection<QuestionItem> Items => _items;

    public IEnumerable<QuestionItem> Ordered => _items.OrderBy(i => i.SortOrder);

    public void Rename(string title, bool anonymous)
    {
        Title = Guard.Required(title, nameof(Title), 200);
        IsAnonymous = anonymous && Kind != QuestionnaireKind.KnowledgeTest;
    }

    public QuestionItem AddItem(string text, string? textEnglish, ItemType type, RatingAspect aspect, bool required)
    {
        if (Kind == QuestionnaireKind.KnowledgeTest && type == ItemType.Rating)
            throw new DomainException("Evaluation.TestHasNoRatings", "Type");
        var item = new QuestionItem(text, textEnglish, type, aspect, required, _items.Count == 0 ? 1 : _items.Max(i => i.SortOrder) + 1);
        _items.Add(item);
        return item;
    }

    public void RemoveItem(int itemId) => _items.RemoveAll(i => i.Id == itemId);
}
