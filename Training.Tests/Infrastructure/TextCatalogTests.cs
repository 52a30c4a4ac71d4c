using System.Globalization;
using System.Text.RegularExpressions;
using Training.Domain.Attendance;
using Training.Domain.Budgets;
using Training.Domain.Certificates;
using Training.Domain.Evaluation;
using Training.Domain.Materials;
using Training.Domain.Planning;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Domain.StaffDevelopment;
using Training.Domain.Supervision;
using Training.Domain.Trainers;
using Training.Infrastructure.Email;
using Training.Infrastructure.Localisation;
using Training.Tests.Support;

namespace Training.Tests.Infrastructure;

/// <summary>Every word a user sees comes from the catalogue, in every culture.</summary>
public sealed partial class TextCatalogTests
{
    [Fact]
    public void English_and_Cyrillic_have_the_same_keys()
    {
        var catalog = TextCatalog.Default;
        Assert.Empty(catalog.CyrillicKeys.Except(catalog.EnglishKeys));
        Assert.Empty(catalog.EnglishKeys.Except(catalog.CyrillicKeys));
    }

    [Fact]
    public void Every_key_used_in_code_and_views_exists()
    {
        var root = Repository.Root;
        var keys = new HashSet<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "Training.Web"), "*.*", SearchOption.AllDirectories)
                     .Concat(Directory.GetFiles(Path.Combine(root, "Training.Infrastructure"), "*.cs", SearchOption.AllDirectories))
                     .Concat(Directory.GetFiles(Path.Combine(root, "Training.Domain"), "*.cs", SearchOption.AllDirectories))
                     .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("/Migrations/")))
        {
            foreach (Match match in KeyPattern().Matches(File.ReadAllText(file)))
                keys.Add(match.Groups[1].Value);
        }
        keys.RemoveWhere(k => k.EndsWith('.')); // a prefix completed at run time: see Every_status_and_kind_has_a_text
        Assert.NotEmpty(keys);
        var catalog = TextCatalog.Default;
        var missing = keys.Where(k => catalog.Find(k, CultureInfo.GetCultureInfo("sr-Cyrl-RS")) is null).OrderBy(k => k).ToList();
        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_status_and_kind_has_a_text()
    {
        var prefixes = new Dictionary<string, Type>
        {
            ["Plan.Kind."] = typeof(ActivityKind),
            ["Plan.Status."] = typeof(PlanStatus),
            ["Plan.TargetKind."] = typeof(TargetKind),
            ["SentMail.Status."] = typeof(OutboxStatus),
            ["Session.Status."] = typeof(SessionStatus),
            ["Session.MoveTo."] = typeof(SessionStatus),
            ["TrainerRole."] = typeof(TrainerRole),
            ["TrainerKind."] = typeof(TrainerKind),
            ["Register.Status."] = typeof(RegistrationStatus),
            ["Registrations.Status."] = typeof(RegistrationStatus),
            ["Attendance.Mark."] = typeof(AttendanceMark),
            ["Evaluation.Phase."] = typeof(EvaluationPhase),
            ["Questionnaires.Kind."] = typeof(QuestionnaireKind),
            ["Questionnaires.Type."] = typeof(ItemType),
            ["Questionnaires.Aspect."] = typeof(RatingAspect),
            ["Budget.Category."] = typeof(BudgetCategory),
            ["Budget.Funds."] = typeof(FundsState),
            ["Funding.Kind."] = typeof(FundingKind),
            ["Development.Kind."] = typeof(DevelopmentKind),
            ["Development.Status."] = typeof(DevelopmentStatus),
            ["Development.PlanStatus."] = typeof(DevelopmentPlanStatus),
            ["Supervision.Format."] = typeof(SupervisionFormat),
            ["Audit.CertificateStatus."] = typeof(CertificateStatus),
            ["PersonalData.InvitationStatus."] = typeof(InvitationStatus),
            ["Materials.Kind."] = typeof(MaterialKind),
            ["Materials.Visibility."] = typeof(MaterialVisibility),
            ["Materials.Item."] = typeof(PreparationItem),
            ["Fulfilment.Status."] = typeof(FulfilmentStatus),
            ["Plan.Progress."] = typeof(ActivityProgress),
            ["Plan.TaskStatus."] = typeof(PlanTaskStatus),
            ["Plan.Assessment."] = typeof(OutcomeAssessment),
        };
        var missing = prefixes.SelectMany(p => Enum.GetNames(p.Value).Select(n => p.Key + n))
            .Where(k => TextCatalog.Default.Find(k, CultureInfo.GetCultureInfo("en")) is null).ToList();
        missing.AddRange(new[] { "Invite.RowInvalidAddress", "Invite.RowDuplicate", "Invite.RowAlreadyInvited" }.Where(k => TextCatalog.Default.Find(k, CultureInfo.GetCultureInfo("en")) is null));
        missing.AddRange(Cultures.Supported.Select(c => "Language." + c).Where(k => TextCatalog.Default.Find(k, CultureInfo.GetCultureInfo("en")) is null));
        Assert.Empty(missing);
    }

    [Fact]
    public void Latin_is_made_from_the_Cyrillic()
    {
        var latin = TextCatalog.Default.Find("Account.LockedOut", CultureInfo.GetCultureInfo("sr-Latn-RS"));
        Assert.Equal("Nalog je privremeno zaključan zbog više neuspešnih pokušaja. Pokušajte ponovo za 15 minuta.", latin);
    }

    /// <summary>Literal keys such as T["Nav.Home"], ErrorMessage = "Validation.Required", new DomainException("Plan.X".</summary>
    [GeneratedRegex("(?:T\\[|text\\[|t\\[|ErrorMessage = |Name = |DomainException\\()\"([A-Z][A-Za-z]+\\.[A-Za-z.]+)\"")]
    private static partial Regex KeyPattern();
}
