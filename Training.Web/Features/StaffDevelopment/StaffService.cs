using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Domain.Common;
using Training.Domain.StaffDevelopment;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Persistence;
using Training.Web.Features.Trainers;

namespace Training.Web.Features.StaffDevelopment;

/// <summary>The Centre's professionals as staff members: each linked to a user account with the Staff role.</summary>
public sealed class StaffService(TrainingDbContext db, StaffRecordService records, IOptions<StaffDevelopmentOptions> options)
{
    public async Task<StaffPage> PageAsync(int year)
    {
        var staffYear = await records.YearAsync(year);
        var licensed = staffYear.People.Select(p => p.Staff).Where(s => s.HasLicence).ToList();
        var attended = (await records.InternalAsync(licensed, null, null)).ToLookup(r => r.StaffMemberId);
        var ids = licensed.Select(s => s.Id).ToList();
        var external = (await db.DevelopmentItems.AsNoTracking()
                .Where(i => ids.Contains(i.StaffMemberId) && i.Status == DevelopmentStatus.Attended)
                .Select(i => new { i.StaffMemberId, EndsOn = i.EndsOn!.Value, i.EarnedPoints }).ToListAsync())
            .ToLookup(i => i.StaffMemberId);
        var licences = licensed.ToDictionary(s => s.Id, s => records.Licence(s,
            attended[s.Id].Select(r => (r.EndsOn, r.Points)).Concat(external[s.Id].Select(e => (e.EndsOn, e.EarnedPoints ?? 0)))));
        return new StaffPage(staffYear, licences);
    }

    /// <summary>Accounts with the Staff role that are not yet a staff member (and the one being edited).</summary>
    public async Task<StaffEditor> EditorAsync(StaffForm form, int? id = null)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Staff).Select(r => r.Id).FirstAsync();
        var users = await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId)
                && !db.StaffMembers.Any(s => s.UserId == u.Id && s.Id != id))
            .OrderBy(u => u.DisplayName).Select(u => new UserChoice(u.Id, u.DisplayName + " (" + u.Email + ")")).ToListAsync();
        return new StaffEditor(form, users, options.Value.LicencePoints, options.Value.LicenceYears) { Id = id };
    }

    public Task<StaffForm?> FormAsync(int id) =>
        db.StaffMembers.AsNoTracking().Where(s => s.Id == id).Select(s => new StaffForm
        {
            UserId = s.UserId, FullName = s.FullName, Position = s.Position, LicenceNumber = s.LicenceNumber,
            LicenceRenewsOn = s.LicenceRenewsOn, LicencePointsRequired = s.LicencePointsRequired, IsActive = s.IsActive,
        }).FirstOrDefaultAsync();

    public async Task<StaffMember?> SaveAsync(int? id, StaffForm form)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Staff).Select(r => r.Id).FirstAsync();
        var user = await db.Users.Where(u => u.Id == form.UserId).Select(u => new { u.Id, u.Email }).FirstOrDefaultAsync()
            ?? throw new DomainException("Validation.Invalid", nameof(form.UserId));
        if (!await db.UserRoles.AnyAsync(ur => ur.UserId == user.Id && ur.RoleId == roleId))
            throw new DomainException("Staff.UserNotStaff", nameof(form.UserId));
        if (await db.StaffMembers.AnyAsync(s => s.UserId == user.Id && s.Id != id))
            throw new DomainException("Staff.UserTaken", nameof(form.UserId));
        StaffMember? staff;
        if (id is null)
        {
            staff = new StaffMember(user.Id, form.FullName, user.Email ?? "", form.Position);
            db.StaffMembers.Add(staff);
        }
        else
        {
            staff = await db.StaffMembers.FindAsync(id.Value);
            if (staff is null)
                return null;
            if (staff.UserId != user.Id)
                throw new DomainException("Staff.UserFixed", nameof(form.UserId));
            // The account's email is the one attendance is matched by, so it follows the account.
            staff.Describe(form.FullName, user.Email ?? "", form.Position);
        }
        staff.SetLicence(form.LicenceNumber, form.LicenceRenewsOn, form.LicenceNumber is null ? null : form.LicencePointsRequired ?? options.Value.LicencePoints);
        if (form.IsActive)
            staff.Activate();
        else
            staff.Deactivate();
        await db.SaveChangesAsync();
        return staff;
    }

    /// <summary>The staff member the signed-in user is, if any.</summary>
    public Task<StaffMember?> OfUserAsync(string userId) => db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId);
}
