using System.ComponentModel.DataAnnotations;
using Training.Domain.Sessions;
using Training.Domain.Trainers;
using Training.Web.Shared;

namespace Training.Web.Features.Trainers;

public sealed record TrainerRow(int Id, string FullName, TrainerKind Kind, string? Institution, string? ExpertiseTopics, decimal DailyFee, bool IsActive);

public sealed record TrainerSessionRow(int Id, string Title, DateOnly FirstDay, SessionStatus Status, TrainerRole Role);

public sealed record UserChoice(string Id, string Name);

public sealed record TrainerDetails(Trainer Trainer, string? UserName, IReadOnlyList<TrainerSessionRow> Sessions)
{
    public UnavailabilityForm Unavailable { get; init; } = new();
}

public sealed record TrainerEditor(TrainerForm Form, IReadOnlyList<UserChoice> Users)
{
    public int? Id { get; init; }
}

public sealed class TrainerForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Trainer.FullName")]
    public string FullName { get; set; } = "";

    [Display(Name = "Trainer.Kind")]
    public TrainerKind Kind { get; set; } = TrainerKind.External;

    [Display(Name = "Trainer.User")]
    public string? UserId { get; set; }

    [StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Trainer.Institution")]
    public string? Institution { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254, ErrorMessage = "Validation.TooLong"), Display(Name = "Trainer.Email")]
    public string? Email { get; set; }

    [StringLength(50, ErrorMessage = "Validation.TooLong"), Display(Name = "Trainer.Phone")]
    public string? Phone { get; set; }

    [StringLength(1000, ErrorMessage = "Validation.TooLong"), Display(Name = "Trainer.ExpertiseTopics")]
    public string? ExpertiseTopics { get; set; }

    [StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Trainer.Languages")]
    public string? Languages { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Validation.NotNegative"), Display(Name = "Trainer.DailyFee")]
    public decimal? DailyFee { get; set; }

    [Display(Name = "Trainer.IsActive")]
    public bool IsActive { get; set; } = true;
}

public sealed class UnavailabilityForm
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Trainer.UnavailableFrom")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Trainer.UnavailableTo")]
    public DateOnly? To { get; set; }

    [StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Trainer.UnavailableReason")]
    public string? Reason { get; set; }
}
