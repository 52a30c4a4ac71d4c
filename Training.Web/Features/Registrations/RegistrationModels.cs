using System.ComponentModel.DataAnnotations;
using Training.Domain.Certificates;
using Training.Domain.Evaluation;
using Training.Domain.Materials;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

public sealed class InviteForm
{
    [Display(Name = "Invite.Addresses")]
    public string? Addresses { get; set; }

    [Display(Name = "Invite.Culture")]
    public string Culture { get; set; } = "sr-Cyrl-RS";

    /// <summary>Set by the coordinator after seeing the per-row report: send to the valid rows only.</summary>
    public bool ValidOnly { get; set; }

    /// <summary>A CSV file (name, email, institution, position) instead of pasted addresses.</summary>
    public Microsoft.AspNetCore.Http.IFormFile? File { get; set; }

    /// <summary>The text of an uploaded CSV, kept in the form so "send to the valid rows" needs no second upload.</summary>
    public string? CsvText { get; set; }

    /// <summary>Institutions picked from the directory (for example every social work centre of a district).</summary>
    public List<int> OrganisationIds { get; set; } = [];
}

public sealed record InvitePage(TrainingSession Session, InviteForm Form, IReadOnlyList<AddressList.Line> Report)
{
    public DirectoryPick Directory { get; init; } = DirectoryPick.Empty;
}

public sealed record DirectoryInstitution(int Id, string Name, string Email, string Municipality);

/// <summary>The directory filtered by district and sector; only institutions with an address can be invited.</summary>
public sealed record DirectoryPick(int? District, string? Sector, IReadOnlyList<Choice> Districts, IReadOnlyList<string> Sectors, IReadOnlyList<DirectoryInstitution> Institutions)
{
    public static readonly DirectoryPick Empty = new(null, null, [], [], []);

    /// <summary>Every active institution, for offering one a seat quota.</summary>
    public IReadOnlyList<Choice> AllInstitutions { get; init; } = [];
}

/// <summary>
/// Who a person is, as a participant's form asks: name, address and institution (picked from the directory or typed).
/// A session's open link asks for this much only: enough to send the person their own link and to greet them; the
/// rest is given on their personal page, once the emailed link has shown the address is theirs.
/// </summary>
public class PersonForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.FullName")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Register.Email")]
    public string? Email { get; set; }

    [Display(Name = "Register.Organisation")]
    public int? OrganisationId { get; set; }

    [StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.OrganisationName")]
    public string? OrganisationName { get; set; }
}

/// <summary>The personal link's form: the person, and what the training needs to know of them.</summary>
public sealed class RegistrationForm : PersonForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.Position")]
    public string? Position { get; set; }

    [StringLength(50, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.Phone")]
    public string? Phone { get; set; }

    [StringLength(500, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.DietaryNeeds")]
    public string? DietaryNeeds { get; set; }

    [StringLength(500, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.AccessibilityNeeds")]
    public string? AccessibilityNeeds { get; set; }

    /// <summary>
    /// Explicit consent, asked only with accessibility needs (they may reveal health). Registering itself needs none:
    /// the Centre trains professionals as its public task, as the privacy notice says.
    /// </summary>
    [Display(Name = "Register.HealthDataConsent")]
    public bool HealthDataConsent { get; set; }

    /// <summary>Optional; asked only when the session's programme gives points that count for a professional licence.</summary>
    [StringLength(30, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.LicenceNumber")]
    public string? LicenceNumber { get; set; }

    /// <summary>The form showed the licence number field, so an empty one means the person removed it.</summary>
    public bool LicenceAsked { get; set; }

    /// <summary>Gives the person the name, institution, position, phone and (when asked) licence number from this form, in their language.</summary>
    public void ApplyTo(Participant person, string culture)
    {
        person.UpdateDetails(FullName!, OrganisationId, OrganisationName, Position, Phone, culture);
        if (LicenceAsked)
            person.RecordLicence(LicenceNumber);
    }
}

/// <summary>What a personal link opens: an invitation not yet answered, or a registration.</summary>
public sealed record LinkTarget(TrainingSession Session, Invitation? Invitation, Registration? Registration, Participant? Participant);

public sealed record ParticipantPage(string Token, LinkTarget Target, RegistrationForm Form, IReadOnlyList<Choice> Organisations, bool AcceptsRegistrations)
{
    public bool ConfirmCancel { get; init; }

    /// <summary>The session's programme gives points that count for a professional licence: the form asks for its number.</summary>
    public bool AsksLicenceNumber { get; init; }

    /// <summary>The invitation's link has expired: the page offers a new one by email.</summary>
    public bool Expired { get; init; }

    /// <summary>Open for registration from this later date (the coordinator set it); null otherwise.</summary>
    public DateOnly? OpensOn { get; init; }

    /// <summary>The session has begun: cancelling and calendar files no longer apply.</summary>
    public bool Started { get; init; }

    /// <summary>The participant's valid certificates for this session.</summary>
    public IReadOnlyList<Certificate> Certificates { get; init; } = [];

    /// <summary>Questionnaires open to this participant now, with their sealed links.</summary>
    public IReadOnlyList<(EvaluationPhase Phase, string Link)> Evaluations { get; init; } = [];

    /// <summary>Materials of the session shared with its participants.</summary>
    public IReadOnlyList<Material> Materials { get; init; } = [];

    /// <summary>The day (today or the next one) whose check-in code the page shows, with the code.</summary>
    public (SessionDay Day, string Code)? CheckIn { get; init; }
}

public sealed record OpenLinkPage(string Token, TrainingSession Session, PersonForm Form, IReadOnlyList<Choice> Organisations, bool AcceptsRegistrations)
{
    /// <summary>The request was taken: the page says an email is on its way, whoever the address belongs to.</summary>
    public bool Sent { get; init; }

    public DateOnly? OpensOn { get; init; }
}

public sealed record RegistrationRow(int Id, string FullName, string Email, string? Institution, RegistrationStatus Status, DateTime CreatedAtUtc);

public sealed record RegistrationCounts(int Invited, int Confirmed, int Waiting, int Offered, int Cancelled)
{
    /// <summary>Requests through the open link whose person has not yet registered from the emailed link (and not lapsed).</summary>
    public int AwaitingConfirmation { get; init; }
}

public sealed record SessionRegistrations(RegistrationCounts Counts, IReadOnlyList<RegistrationRow> Rows);

public sealed class ManualRegistrationForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.FullName")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Register.Email")]
    public string? Email { get; set; }

    [Display(Name = "Register.Organisation")]
    public int? OrganisationId { get; set; }

    [StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.OrganisationName")]
    public string? OrganisationName { get; set; }
}

public sealed class QuotaForm
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Quota.Institution")]
    public int? OrganisationId { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(1, 1000, ErrorMessage = "Validation.AtLeastOne"), Display(Name = "Quota.Seats")]
    public int? Seats { get; set; }

    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Quota.FocalName")]
    public string? FocalName { get; set; }

    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Quota.FocalEmail")]
    public string? FocalEmail { get; set; }
}

public sealed class NominationForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Register.FullName")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Register.Email")]
    public string? Email { get; set; }
}

public sealed record QuotaPage(string Token, SeatQuota Quota, TrainingSession Session, string Institution, IReadOnlyList<Invitation> Nominated, NominationForm Form);
