using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Domain.Common;
using Training.Domain.Evaluation;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Email;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Links;
using Training.Web.Shared;

namespace Training.Web.Features.Evaluation;

/// <summary>
/// Knowledge tests before and after a session, the satisfaction survey and the follow-up: who is asked
/// when, answering through a sealed personal link, and the results per session, trainer, programme and
/// plan activity.
/// </summary>
public sealed class EvaluationService(TrainingDbContext db, TimeProvider clock, Mailer mailer, IDataProtectionProvider protection,
    IOptions<EvaluationOptions> options, PublicLinks publicLinks)
{
    private readonly EvaluationOptions _options = options.Value;
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private const string LinkPurpose = "Training.Evaluation";

    /// <summary>A link naming the session, the person and the phase, sealed with the app's keys; it lasts until the phase closes.</summary>
    public string Token(TrainingSession session, int participantId, EvaluationPhase phase) =>
        SealedLink.Seal(protection, LinkPurpose, EvaluationWindow.Of(phase, session, Math.Max(1, _options.FollowUpMonths)).Closes.AddDays(1) - Now, session.Id, participantId, phase);

    public string Url(TrainingSession session, int participantId, EvaluationPhase phase) =>
        publicLinks.To($"/e/{Token(session, participantId, phase)}");

    public Task<Questionnaire?> QuestionnaireForAsync(TrainingSession session, EvaluationPhase phase)
    {
        var kind = EvaluationWindow.KindOf(phase);
        // A programme's own questionnaire wins over the general one.
        return db.Questionnaires.Include(q => q.Items).ThenInclude(i => i.Options)
            .Where(q => q.Kind == kind && (q.ProgrammeId == session.ProgrammeId || (q.ProgrammeId == null && kind != QuestionnaireKind.KnowledgeTest)))
            .OrderByDescending(q => q.ProgrammeId != null).ThenByDescending(q => q.Id)
            .FirstOrDefaultAsync();
    }

    public async Task<EvaluationTarget?> ResolveAsync(string token)
    {
        if (SealedLink.Open(protection, LinkPurpose, token) is not { } parts)
            return null;
        if (parts.Length != 3 || !int.TryParse(parts[0], out var sessionId) || !int.TryParse(parts[1], out var participantId) || !Enum.TryParse<EvaluationPhase>(parts[2], out var phase))
            return null;
        // An erased person's link still opens with the app's keys until the phase closes; it must reach nothing.
        if (!await db.Participants.AnyAsync(p => p.Id == participantId && p.ErasedAtUtc == null))
            return null;
        var session = await db.Sessions.Include(s => s.Days).Include(s => s.Trainers).ThenInclude(t => t.Trainer).FirstOrDefaultAsync(s => s.Id == sessionId);
        var questionnaire = session is null ? null : await QuestionnaireForAsync(session, phase);
        return questionnaire is null ? null : new EvaluationTarget(session!, participantId, phase, questionnaire);
    }

    public async Task<EvaluationForm> FormAsync(string token, EvaluationTarget target, IReadOnlyDictionary<string, string>? posted = null)
    {
        var items = Asked(target);
        var invite = await db.EvaluationInvites.AsNoTracking().FirstOrDefaultAsync(i => i.SessionId == target.Session.Id && i.ParticipantId == target.ParticipantId && i.Phase == target.Phase);
        if (invite?.AnsweredOn is not null)
        {
            var earlier = target.Questionnaire.IsAnonymous ? null : await db.Responses.Include(r => r.Answers).AsNoTracking()
                .FirstOrDefaultAsync(r => r.SessionId == target.Session.Id && r.ParticipantId == target.ParticipantId && r.Phase == target.Phase);
            return new EvaluationForm(token, target, FormState.Answered, items, earlier is null ? new Dictionary<string, string>() : ValuesOf(earlier, items), earlier);
        }
        var (opens, closes) = EvaluationWindow.Of(target.Phase, target.Session, _options.FollowUpMonths);
        var state = Now < opens ? FormState.NotYetOpen : Now >= closes || target.Session.Status == SessionStatus.Cancelled ? FormState.Closed : FormState.Open;
        return new EvaluationForm(token, target, state, items, posted ?? new Dictionary<string, string>(), null);
    }

    /// <summary>
    /// Records the answers. Every required item must be answered (each one missing is named); an
    /// anonymous survey's answers are stored with no participant; answering twice is refused.
    /// Returns the missing items' keys, empty when saved.
    /// </summary>
    public async Task<IReadOnlyList<string>> SubmitAsync(EvaluationTarget target, IReadOnlyDictionary<string, string> values)
    {
        if (!EvaluationWindow.IsOpen(target.Phase, target.Session, _options.FollowUpMonths, Now) || target.Session.Status == SessionStatus.Cancelled)
            throw new DomainException("Evaluation.Closed");
        var items = Asked(target);
        var missing = items.Where(a => a.Item.Required && string.IsNullOrWhiteSpace(values.GetValueOrDefault(a.Key))).Select(a => a.Key).ToList();
        if (missing.Count > 0)
            return missing;
        var invite = await db.EvaluationInvites.FirstOrDefaultAsync(i => i.SessionId == target.Session.Id && i.ParticipantId == target.ParticipantId && i.Phase == target.Phase);
        if (invite is null)
        {
            invite = new EvaluationInvite(target.Session.Id, target.ParticipantId, target.Phase);
            db.EvaluationInvites.Add(invite);
        }
        var today = Belgrade.Today(clock);
        invite.Answered(today);
        var response = new Response(target.Questionnaire.Id, target.Session.Id, target.Phase, target.Questionnaire.IsAnonymous ? null : target.ParticipantId, today);
        foreach (var asked in items)
        {
            var value = values.GetValueOrDefault(asked.Key)?.Trim();
            if (string.IsNullOrEmpty(value))
                continue;
            response.Add(asked.Item.Type switch
            {
                ItemType.Rating => new Answer(asked.Item.Id, asked.TrainerId, int.TryParse(value, out var r) ? r : throw new DomainException("Evaluation.RatingRange", asked.Key), null, null),
                ItemType.Choice => new Answer(asked.Item.Id, null, null,
                    int.TryParse(value, out var o) && asked.Item.Options.Any(x => x.Id == o) ? o : throw new DomainException("Validation.Invalid", asked.Key), null),
                _ => new Answer(asked.Item.Id, asked.TrainerId, null, null, value),
            });
        }
        response.ScoreAgainst(target.Questionnaire);
        db.Responses.Add(response);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same person answered in another tab a moment earlier; the unique index kept the first.
            throw new DomainException("Evaluation.AlreadyAnswered");
        }
        return [];
    }

    /// <summary>
    /// The recurring job's work: invites confirmed participants to each phase as it opens (one email per
    /// person listing the open links), and reminds once those who have not answered after a few days.
    /// </summary>
    public async Task<int> SendDueAsync()
    {
        var now = Now;
        // Sessions some phase of which can be open now: starting within the pre-test's two weeks, or ended
        // recently enough for the post-test or the follow-up.
        var horizon = now + EvaluationWindow.AnswerFor;
        var oldest = now.AddDays(-30).AddMonths(-Math.Max(0, _options.FollowUpMonths)) - EvaluationWindow.AnswerFor;
        var sessions = await db.Sessions.Include(s => s.Days).Include(s => s.Trainers)
            .Where(s => s.Status != SessionStatus.Cancelled && s.StartsAtUtc <= horizon && s.EndsAtUtc > oldest)
            .ToListAsync();
        var sent = 0;
        foreach (var session in sessions)
        {
            var phases = new List<EvaluationPhase>();
            foreach (var phase in Enum.GetValues<EvaluationPhase>())
            {
                if (EvaluationWindow.IsOpen(phase, session, _options.FollowUpMonths, now) && await QuestionnaireForAsync(session, phase) is not null)
                    phases.Add(phase);
            }
            if (phases.Count == 0)
                continue;
            var people = await (from r in db.Registrations
                                join p in db.Participants on r.ParticipantId equals p.Id
                                where r.SessionId == session.Id && r.Status == RegistrationStatus.Confirmed
                                select p).ToListAsync();
            var invites = await db.EvaluationInvites.Where(i => i.SessionId == session.Id).ToListAsync();
            foreach (var person in people)
            {
                EvaluationInvite InviteFor(EvaluationPhase phase)
                {
                    var invite = invites.FirstOrDefault(i => i.ParticipantId == person.Id && i.Phase == phase);
                    if (invite is null)
                    {
                        invite = new EvaluationInvite(session.Id, person.Id, phase);
                        db.EvaluationInvites.Add(invite);
                        invites.Add(invite);
                    }
                    return invite;
                }
                var fresh = phases.Where(p => InviteFor(p).InvitedAtUtc is null).ToList();
                var due = phases.Where(p => InviteFor(p) is { InvitedAtUtc: { } at, RemindedAtUtc: null, AnsweredOn: null } && at.AddDays(_options.RemindAfterDays) <= now).ToList();
                if (fresh.Count > 0)
                {
                    Email(session, person, fresh, reminder: false);
                    fresh.ForEach(p => InviteFor(p).Invited(now));
                    sent++;
                }
                else if (due.Count > 0)
                {
                    Email(session, person, due, reminder: true);
                    due.ForEach(p => InviteFor(p).Reminded(now));
                    sent++;
                }
            }
            await db.SaveChangesAsync();
        }
        return sent;
    }

    private void Email(TrainingSession session, Participant person, IReadOnlyList<EvaluationPhase> phases, bool reminder) =>
        mailer.Queue(person.Email, person.FullName, person.Culture, reminder ? "EvaluationReminder" : "Evaluation", t => new EmailContent(
            t[reminder ? "Email.Evaluation.ReminderSubject" : "Email.Evaluation.Subject", Display.Name(session.Title)],
            [
                t["Email.Greeting", person.FullName],
                t[reminder ? "Email.Evaluation.ReminderBody" : "Email.Evaluation.Body", Display.Name(session.Title)],
                .. phases.Select(p => $"{t["Evaluation.Phase." + p]}: {Url(session, person.Id, p)}"),
            ],
            t["Email.Signature"]));

    public async Task<SessionResults> ResultsAsync(TrainingSession session)
    {
        var confirmed = await db.Registrations.CountAsync(r => r.SessionId == session.Id && r.Status == RegistrationStatus.Confirmed);
        var responses = await db.Responses.AsNoTracking().Include(r => r.Answers).Where(r => r.SessionId == session.Id).ToListAsync();
        var questionnaireIds = responses.Select(r => r.QuestionnaireId).Distinct().ToList();
        var items = await db.Questionnaires.AsNoTracking().Where(q => questionnaireIds.Contains(q.Id)).SelectMany(q => q.Items).ToDictionaryAsync(i => i.Id);
        var answers = responses.Where(r => r.Phase is EvaluationPhase.Satisfaction or EvaluationPhase.FollowUp).SelectMany(r => r.Answers).ToList();
        var ratingItems = answers.Where(a => a.Rating is not null && items[a.QuestionItemId].Aspect != RatingAspect.Trainer)
            .GroupBy(a => a.QuestionItemId).OrderBy(g => items[g.Key].SortOrder)
            .Select(g => new RatingAverage(Cultures.InCurrentScript(items[g.Key].Text), Math.Round((decimal)g.Average(a => a.Rating!.Value), 2), g.Count())).ToList();
        var trainers = answers.Where(a => a.Rating is not null && a.TrainerId is not null)
            .GroupBy(a => a.TrainerId!.Value)
            .Select(g => new RatingAverage(Cultures.InCurrentScript(session.Trainers.FirstOrDefault(t => t.TrainerId == g.Key)?.Trainer.FullName ?? "—"),
                Math.Round((decimal)g.Average(a => a.Rating!.Value), 2), g.Count())).ToList();
        var pre = responses.Where(r => r.Phase == EvaluationPhase.PreTest && r.Score is not null).ToList();
        var post = responses.Where(r => r.Phase == EvaluationPhase.PostTest && r.Score is not null).ToList();
        var paired = pre.Join(post, a => a.ParticipantId, b => b.ParticipantId, (a, b) => b.Score!.Value - a.Score!.Value).ToList();
        var comments = answers.Where(a => a.Text is not null).Select(a => a.Text!).ToList();
        var testExists = await QuestionnaireForAsync(session, EvaluationPhase.PostTest) is not null;
        var surveyExists = await QuestionnaireForAsync(session, EvaluationPhase.Satisfaction) is not null;
        return new SessionResults(session, confirmed,
            Enum.GetValues<EvaluationPhase>().ToDictionary(p => p, p => responses.Count(r => r.Phase == p)),
            ratingItems, trainers,
            pre.Count == 0 ? null : Math.Round(pre.Average(r => r.Score!.Value), 1),
            post.Count == 0 ? null : Math.Round(post.Average(r => r.Score!.Value), 1),
            paired.Count == 0 ? null : Math.Round(paired.Average(), 1), paired.Count, comments, testExists, surveyExists);
    }

    /// <summary>A trainer's average rating in each session they taught, newest first.</summary>
    public async Task<List<TrainerRating>> TrainerRatingsAsync(int trainerId)
    {
        var rows = await (from a in db.Answers
                          join r in db.Responses on a.ResponseId equals r.Id
                          join s in db.Sessions on r.SessionId equals s.Id
                          where a.TrainerId == trainerId && a.Rating != null
                          group a by new { s.Id, s.Title, s.StartsAtUtc } into g
                          select new { g.Key.Id, g.Key.Title, g.Key.StartsAtUtc, Average = g.Average(a => (double)a.Rating!.Value), Count = g.Count() })
            .ToListAsync();
        return rows.OrderByDescending(r => r.StartsAtUtc)
            .Select(r => new TrainerRating(r.Id, r.Title, DateOnly.FromDateTime(Belgrade.ToLocal(r.StartsAtUtc)), Math.Round((decimal)r.Average, 2), r.Count)).ToList();
    }

    /// <summary>Average paired knowledge gain and average rating over the given sessions.</summary>
    public async Task<EvaluationSummary> SummaryAsync(IReadOnlyCollection<int> sessionIds)
    {
        var scores = await db.Responses.AsNoTracking()
            .Where(r => sessionIds.Contains(r.SessionId) && r.Score != null && r.ParticipantId != null)
            .Select(r => new { r.SessionId, r.ParticipantId, r.Phase, r.Score }).ToListAsync();
        var gains = scores.Where(s => s.Phase == EvaluationPhase.PostTest)
            .Join(scores.Where(s => s.Phase == EvaluationPhase.PreTest), b => (b.SessionId, b.ParticipantId), a => (a.SessionId, a.ParticipantId), (b, a) => b.Score!.Value - a.Score!.Value)
            .ToList();
        var ratings = await (from a in db.Answers
                             join r in db.Responses on a.ResponseId equals r.Id
                             where sessionIds.Contains(r.SessionId) && r.Phase == EvaluationPhase.Satisfaction && a.Rating != null
                             select a.Rating!.Value).ToListAsync();
        var evaluated = scores.Select(s => s.SessionId).Distinct().Count();
        return new EvaluationSummary(gains.Count == 0 ? null : Math.Round(gains.Average(), 1), ratings.Count == 0 ? null : Math.Round((decimal)ratings.Average(), 2), evaluated);
    }

    /// <summary>The same summary for each plan activity, from the sessions linked to it, in two queries.</summary>
    public async Task<Dictionary<int, EvaluationSummary>> SummaryByActivityAsync(IReadOnlyCollection<int> activityIds)
    {
        var scores = await (from r in db.Responses
                            join s in db.Sessions on r.SessionId equals s.Id
                            where s.PlanActivityId != null && activityIds.Contains(s.PlanActivityId.Value) && r.Score != null && r.ParticipantId != null
                            select new { Activity = s.PlanActivityId!.Value, r.SessionId, r.ParticipantId, r.Phase, r.Score }).ToListAsync();
        var ratings = await (from a in db.Answers
                             join r in db.Responses on a.ResponseId equals r.Id
                             join s in db.Sessions on r.SessionId equals s.Id
                             where s.PlanActivityId != null && activityIds.Contains(s.PlanActivityId.Value) && r.Phase == EvaluationPhase.Satisfaction && a.Rating != null
                             select new { Activity = s.PlanActivityId!.Value, r.SessionId, Rating = a.Rating!.Value }).ToListAsync();
        return activityIds.ToDictionary(id => id, id =>
        {
            var own = scores.Where(x => x.Activity == id).ToList();
            var gains = own.Where(x => x.Phase == EvaluationPhase.PostTest)
                .Join(own.Where(x => x.Phase == EvaluationPhase.PreTest), b => (b.SessionId, b.ParticipantId), a => (a.SessionId, a.ParticipantId), (b, a) => b.Score!.Value - a.Score!.Value).ToList();
            var rated = ratings.Where(x => x.Activity == id).ToList();
            return new EvaluationSummary(gains.Count == 0 ? null : Math.Round(gains.Average(), 1), rated.Count == 0 ? null : Math.Round((decimal)rated.Average(x => x.Rating), 2),
                own.Select(x => x.SessionId).Concat(rated.Select(x => x.SessionId)).Distinct().Count());
        });
    }

    private static List<AskedItem> Asked(EvaluationTarget target) =>
        target.Questionnaire.Ordered.SelectMany(item => item.Aspect == RatingAspect.Trainer && target.Session.Trainers.Count > 0
                ? target.Session.Trainers.Select(t => new AskedItem(item, t.TrainerId, t.Trainer.FullName))
                : [new AskedItem(item, null, null)])
            .ToList();

    private static Dictionary<string, string> ValuesOf(Response response, IReadOnlyList<AskedItem> items) =>
        items.Select(a => (a.Key, Answer: response.Answers.FirstOrDefault(x => x.QuestionItemId == a.Item.Id && x.TrainerId == a.TrainerId)))
            .Where(x => x.Answer is not null)
            .ToDictionary(x => x.Key, x => x.Answer!.Rating?.ToString(CultureInfo.InvariantCulture) ?? x.Answer.OptionId?.ToString(CultureInfo.InvariantCulture) ?? x.Answer.Text ?? "");
}
