using System.Globalization;
using System.Text.RegularExpressions;
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
            ["Plan.Kind."] = typeof(Training.Domain.Planning.ActivityKind),
            ["Plan.Status."] = typeof(Training.Domain.Planning.PlanStatus),
            ["Plan.TargetKind."] = typeof(Training.Domain.Planning.TargetKind),
            ["SentMail.Status."] = typeof(Training.Infrastructure.Email.OutboxStatus),
            ["Session.Status."] = typeof(Training.Domain.Sessions.SessionStatus),
            ["Session.MoveTo."] = typeof(Training.Domain.Sessions.SessionStatus),
            ["TrainerRole."] = typeof(Training.Domain.Sessions.TrainerRole),
            ["TrainerKind."] = typeof(Training.Domain.Trainers.TrainerKind),
            ["Register.Status."] = typeof(Training.Domain.Registrations.RegistrationStatus),
            ["Registrations.Status."] = typeof(Training.Domain.Registrations.RegistrationStatus),
            ["Attendance.Mark."] = typeof(Training.Domain.Attendance.AttendanceMark),
            ["Evaluation.Phase."] = typeof(Training.Domain.Evaluation.EvaluationPhase),
            ["Questionnaires.Kind."] = typeof(Training.Domain.Evaluation.QuestionnaireKind),
            ["Questionnaires.Type."] = typeof(Training.Domain.Evaluation.ItemType),
            ["Questionnaires.Aspect."] = typeof(Training.Domain.Evaluation.RatingAspect),
            ["Budget.Category."] = typeof(Training.Domain.Budgets.BudgetCategory),
            ["Budget.Funds."] = typeof(Training.Domain.Budgets.FundsState),
            ["Funding.Kind."] = typeof(Training.Domain.Budgets.FundingKind),
            ["Development.Kind."] = typeof(Training.Domain.StaffDevelopment.DevelopmentKind),
            ["Development.Status."] = typeof(Training.Domain.StaffDevelopment.DevelopmentStatus),
            ["Development.PlanStatus."] = typeof(Training.Domain.StaffDevelopment.DevelopmentPlanStatus),
            ["Supervision.Format."] = typeof(Training.Domain.Supervision.SupervisionFormat),
            ["Audit.CertificateStatus."] = typeof(Training.Domain.Certificates.CertificateStatus),
            ["PersonalData.InvitationStatus."] = typeof(Training.Domain.Registrations.InvitationStatus),
            ["Materials.Kind."] = typeof(Training.Domain.Materials.MaterialKind),
            ["Materials.Visibility."] = typeof(Training.Domain.Materials.MaterialVisibility),
            ["Materials.Item."] = typeof(Training.Domain.Materials.PreparationItem),
            ["Fulfilment.Status."] = typeof(Training.Domain.Planning.FulfilmentStatus),
            ["Plan.Progress."] = typeof(Training.Domain.Planning.ActivityProgress),
            ["Plan.TaskStatus."] = typeof(Training.Domain.Planning.PlanTaskStatus),
            ["Plan.Assessment."] = typeof(Training.Domain.Planning.OutcomeAssessment),
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
