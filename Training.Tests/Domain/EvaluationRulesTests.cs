using Training.Domain.Common;
using Training.Domain.Evaluation;
using static Training.Tests.Support.Build;

namespace Training.Tests.Domain;

public sealed class EvaluationRulesTests
{
    [Fact]
    public void A_knowledge_test_belongs_to_a_programme_is_never_anonymous_and_has_no_ratings()
    {
        Assert.Equal("Evaluation.TestNeedsProgramme", Assert.Throws<DomainException>(() => new Questionnaire(QuestionnaireKind.KnowledgeTest, "Тест", null, false)).MessageKey);
        var test = new Questionnaire(QuestionnaireKind.KnowledgeTest, "Тест", 1, anonymous: true);
        Assert.False(test.IsAnonymous);
        Assert.Equal("Evaluation.TestHasNoRatings", Assert.Throws<DomainException>(() => test.AddItem("Оцена", null, ItemType.Rating, RatingAspect.Content, true)).MessageKey);
        var item = test.AddItem("Питање", null, ItemType.Choice, RatingAspect.Other, true);
        item.AddOption("А", null, true);
        Assert.Equal("Evaluation.OneCorrect", Assert.Throws<DomainException>(() => item.AddOption("Б", null, true)).MessageKey);
        Assert.True(new Questionnaire(QuestionnaireKind.Satisfaction, "Анкета", null, true).IsAnonymous);
    }

    [Fact]
    public void A_test_is_scored_as_the_share_of_choice_items_answered_correctly()
    {
        var test = new Questionnaire(QuestionnaireKind.KnowledgeTest, "Тест", 1, false);
        var ids = new List<(int Item, int Right, int Wrong)>();
        for (var i = 0; i < 3; i++)
        {
            var item = test.AddItem($"П{i}", null, ItemType.Choice, RatingAspect.Other, true).WithId(10 + i);
            ids.Add((10 + i, item.AddOption("Да", null, true).WithId(100 + i).Id, item.AddOption("Не", null, false).WithId(200 + i).Id));
        }
        test.AddItem("Коментар", null, ItemType.Open, RatingAspect.Other, false);
        var response = new Response(1, 1, EvaluationPhase.PostTest, 5, DateOnly.FromDateTime(DateTime.UtcNow));
        response.Add(new Answer(ids[0].Item, null, null, ids[0].Right, null));
        response.Add(new Answer(ids[1].Item, null, null, ids[1].Wrong, null));
        response.Add(new Answer(ids[2].Item, null, null, ids[2].Right, null));
        response.ScoreAgainst(test);
        Assert.Equal(66.7m, response.Score);
        Assert.Equal("Evaluation.RatingRange", Assert.Throws<DomainException>(() => new Answer(1, null, 6, null, null)).MessageKey);
    }

    [Fact]
    public void Phases_open_before_and_after_the_session_and_the_follow_up_months_later()
    {
        var session = Session(Day(2026, 3, 10), Day(2026, 3, 11));
        var start = session.StartsAtUtc;
        Assert.True(EvaluationWindow.IsOpen(EvaluationPhase.PreTest, session, 3, start.AddDays(-3)));
        Assert.False(EvaluationWindow.IsOpen(EvaluationPhase.PreTest, session, 3, start.AddHours(2)));
        Assert.False(EvaluationWindow.IsOpen(EvaluationPhase.PostTest, session, 3, start.AddHours(2)));
        Assert.True(EvaluationWindow.IsOpen(EvaluationPhase.Satisfaction, session, 3, session.EndsAtUtc.AddDays(13)));
        Assert.False(EvaluationWindow.IsOpen(EvaluationPhase.Satisfaction, session, 3, session.EndsAtUtc.AddDays(15)));
        Assert.True(EvaluationWindow.IsOpen(EvaluationPhase.FollowUp, session, 3, session.EndsAtUtc.AddMonths(3).AddDays(1)));
        Assert.False(EvaluationWindow.IsOpen(EvaluationPhase.FollowUp, session, 0, session.EndsAtUtc.AddMonths(3).AddDays(1)));
    }
}
