using Training.Domain.Common;

namespace Training.Domain.Evaluation;

/// <summary>One question of a questionnaire, with its options when it is a choice.</summary>
public sealed class QuestionItem : Entity
{
    private readonly List<ChoiceOption> _options = [];

    private QuestionItem() { }

    internal QuestionItem(string text, string? textEnglish, ItemType type, RatingAspect aspect, bool required, int sortOrder)
    {
        Text = Guard.Required(text, nameof(Text), 1000);
        TextEnglish = Guard.Optional(textEnglish, nameof(TextEnglish), 1000);
        Type = type;
        Aspect = aspect;
        Required = required;
        SortOrder = sortOrder;
    }

    public int QuestionnaireId { get; private set; }

    /// <summary>In Serbian Cyrillic (shown in Latin script to Latin readers).</summary>
    public string Text { get; private set; } = "";

    /// <summary>For English readers; the Serbian text in Latin script when empty.</summary>
    public string? TextEnglish { get; private set; }

    public ItemType Type { get; private set; }
    public RatingAspect Aspect { get; private set; }
    public bool Required { get; private set; }
    public int SortOrder { get; private set; }
    public IReadOnlyCollection<ChoiceOption> Options => _options;

    public ChoiceOption AddOption(string text, string? textEnglish, bool correct)
    {
        if (Type != ItemType.Choice)
            throw new DomainException("Evaluation.OptionsOnlyForChoice", "Options");
        if (correct && _options.Any(o => o.IsCorrect))
            throw new DomainException("Evaluation.OneCorrect", "Options");
        var option = new ChoiceOption(text, textEnglish, correct, _options.Count + 1);
        _options.Add(option);
        return option;
    }
}
