using Training.Domain.Common;

namespace Training.Domain.Evaluation;

public sealed class ChoiceOption : Entity
{
    private ChoiceOption() { }

    internal ChoiceOption(string text, string? textEnglish, bool correct, int sortOrder)
    {
        Text = Guard.Required(text, nameof(Text), 500);
        TextEnglish = Guard.Optional(textEnglish, nameof(TextEnglish), 500);
        IsCorrect = correct;
        SortOrder = sortOrder;
    }

    public int QuestionItemId { get; private set; }
    public string Text { get; private set; } = "";
    public string? TextEnglish { get; private set; }
    public bool IsCorrect { get; private set; }
    public int SortOrder { get; private set; }
}
