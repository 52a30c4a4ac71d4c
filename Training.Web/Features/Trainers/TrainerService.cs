using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Trainers;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Trainers;

public sealed class TrainerService(TrainingDbContext db)
{
    public Task<Page<TrainerRow>> ListAsync(int? page) =>
        db.Trainers.AsNoTracking().OrderByDescending(t => t.IsActive).ThenBy(t => t.FullName)
            .Select(t => new TrainerRow(t.Id, t.FullName, t.Kind, t.Institution, t.ExpertiseTopics, t.DailyFee, t.IsActive))
            .ToPageAsync(page);

    public async Task<TrainerDetails?> DetailsAsync(int id)
    {
        var trainer = await db.Trainers.Include(t => t.Unavailability).FirstOrDefaultAsync(t => t.Id == id);
        if (trainer is null)
            return null;
        var sessions = await db.TrainerAssignments.AsNoTracking().Where(a => a.TrainerId == id)
            .Join(db.Sessions, a => a.TrainingSessionId, s => s.Id, (a, s) => new { a.Role, Session = s })
            .OrderByDescending(x => x.Session.StartsAtUtc)
            .Select(x => new TrainerSessionRow(x.Session.Id, x.Session.Title, x.Session.Days.Min(d => d.Date), x.Session.Status, x.Role))
            .ToListAsync();
        var userName = trainer.UserId is null ? null : await db.Users.Where(u => u.Id == trainer.UserId).Select(u => u.Email).FirstOrDefaultAsync();
        return new TrainerDetails(trainer, userName, sessions);
    }

    /// <summary>Accounts that can be linked to an internal trainer: the Centre's staff and trainers.</summary>
    public async Task<TrainerEditor> EditorAsync(TrainerForm form, int? id = null)
    {
        var roleIds = await db.Roles.Where(r => r.Name == Roles.Trainer || r.Name == Roles.Staff || r.Name == Roles.Coordinator).Select(r => r.Id).ToListAsync();
        var users = await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.DisplayName).Select(u => new UserChoice(u.Id, u.DisplayName + " (" + u.Email + ")")).ToListAsync();
        return new TrainerEditor(form, users) { Id = id };
    }

    public Task<TrainerForm?> FormAsync(int id) =>
        db.Trainers.AsNoTracking().Where(t => t.Id == id).Select(t => new TrainerForm
        {
            FullName = t.FullName, Kind = t.Kind, UserId = t.UserId, Institution = t.Institution, Email = t.Email, Phone = t.Phone,
            ExpertiseTopics = t.ExpertiseTopics, Languages = t.Languages, DailyFee = t.DailyFee, IsActive = t.IsActive,
        }).FirstOrDefaultAsync();

    public async Task<Trainer?> SaveAsync(int? id, TrainerForm form)
    {
        if (form.Kind == TrainerKind.Internal && form.UserId is not null && !await db.Users.AnyAsync(u => u.Id == form.UserId))
            throw new DomainException("Validation.Invalid", nameof(form.UserId));
        if (form.UserId is not null && await db.Trainers.AnyAsync(t => t.Id != id && t.UserId == form.UserId))
            throw new DomainException("Trainer.UserTaken", nameof(form.UserId));
        Trainer? trainer;
        if (id is null)
        {
            trainer = new Trainer(form.FullName, form.Kind);
            db.Trainers.Add(trainer);
        }
        else
        {
            trainer = await db.Trainers.FindAsync(id.Value);
            if (trainer is null)
                return null;
        }
        trainer.Update(form.FullName, form.Kind, form.UserId, form.Institution, form.Email, form.Phone, form.ExpertiseTopics, form.Languages, form.DailyFee ?? 0);
        if (form.IsActive)
            trainer.Activate();
        else
            trainer.Deactivate();
        await db.SaveChangesAsync();
        return trainer;
    }

    public async Task<TrainerUnavailability?> MarkUnavailableAsync(Trainer trainer, UnavailabilityForm form)
    {
        var period = trainer.MarkUnavailable(form.From!.Value, form.To!.Value, form.Reason);
        await db.SaveChangesAsync();
        return period;
    }

    public async Task<bool> RemoveUnavailabilityAsync(int trainerId, int periodId)
    {
        var trainer = await db.Trainers.Include(t => t.Unavailability).FirstOrDefaultAsync(t => t.Id == trainerId);
        if (trainer is null)
            return false;
        trainer.RemoveUnavailability(periodId);
        await db.SaveChangesAsync();
        return true;
    }
}
