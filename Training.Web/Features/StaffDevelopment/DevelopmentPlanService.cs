using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Domain.Common;
using Training.Domain.StaffDevelopment;
using Training.Infrastructure.Files;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.StaffDevelopment;

/// <summary>Drawing up, approving and keeping the year's development plan: items, approvals, attended trainings with their certificates.</summary>
public sealed class DevelopmentPlanService(TrainingDbContext db, FileStore files, TimeProvider clock, IOptions<StaffDevelopmentOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<DevelopmentChoices> ChoicesAsync() => new(
        await db.StaffMembers.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.FullName).Select(s => new Choice(s.Id, s.FullName)).ToListAsync(),
        await db.Programmes.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Title).Select(p => new Choice(p.Id, p.Title)).ToListAsync(),
        await db.FundingSources.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.Name).Select(f => new Choice(f.Id, f.Name)).ToListAsync());

    public async Task<DevelopmentPlan> CreateAsync(int year)
    {
        var plan = await db.DevelopmentPlans.FirstOrDefaultAsync(p => p.Year == year);
        if (plan is not null)
            return plan;
        plan = new DevelopmentPlan(year, options.Value.SupervisionHoursTarget);
        db.DevelopmentPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    public async Task<DevelopmentPlan?> SetSupervisionTargetAsync(int year, decimal? hours)
    {
        var plan = await db.DevelopmentPlans.FirstOrDefaultAsync(p => p.Year == year);
        if (plan is null)
            return null;
        plan.SetSupervisionTarget(hours ?? throw new DomainException("Validation.Required", nameof(DevelopmentPlan.SupervisionHoursTarget)));
        await db.SaveChangesAsync();
        return plan;
    }

    public async Task<DevelopmentPlan?> ApproveAsync(int year, string by)
    {
        var plan = await db.DevelopmentPlans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Year == year);
        if (plan is null)
            return null;
        plan.Approve(by, Now);
        await db.SaveChangesAsync();
        return plan;
    }

    public async Task<DevelopmentItem?> AddItemAsync(int year, DevelopmentItemForm form)
    {
        var plan = await db.DevelopmentPlans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Year == year);
        if (plan is null)
            return null;
        var staff = await db.StaffMembers.FindAsync(form.StaffMemberId) ?? throw new DomainException("Validation.Required", nameof(form.StaffMemberId));
        var item = plan.AddItem(staff, await DetailsAsync(form));
        await db.SaveChangesAsync();
        return item;
    }

    public Task<DevelopmentItem?> ItemAsync(int id) => db.DevelopmentItems.Include(i => i.Plan).FirstOrDefaultAsync(i => i.Id == id);

    public Task<string> StaffNameAsync(int staffMemberId) =>
        db.StaffMembers.Where(s => s.Id == staffMemberId).Select(s => s.FullName).FirstAsync();

    public static DevelopmentItemForm FormOf(DevelopmentItem item) => new()
    {
        StaffMemberId = item.StaffMemberId, Kind = item.Kind, ProgrammeId = item.ProgrammeId, Title = item.Title, Provider = item.Provider,
        StartsOn = item.StartsOn, EndsOn = item.EndsOn, Hours = item.Hours, Points = item.Points, Cost = item.Cost, FundingSourceId = item.FundingSourceId,
    };

    public async Task<DevelopmentItem?> ReviseItemAsync(int id, DevelopmentItemForm form)
    {
        var item = await ItemAsync(id);
        if (item is null)
            return null;
        item.Revise(await DetailsAsync(form, item.Kind));
        await db.SaveChangesAsync();
        return item;
    }

    public async Task<DevelopmentItem?> DecideAsync(int id, bool approve)
    {
        var item = await ItemAsync(id);
        if (item is null)
            return null;
        if (approve)
            item.Approve();
        else
            item.Cancel();
        await db.SaveChangesAsync();
        return item;
    }

    /// <summary>Records an external training or invitation as attended; the certificate is checked before anything is written.</summary>
    public async Task<DevelopmentItem?> RecordAttendedAsync(int id, AttendedForm form, string by)
    {
        var item = await ItemAsync(id);
        if (item is null)
            return null;
        var (buffer, accepted) = await Uploads.ReadAsync(form.Certificate, nameof(form.Certificate));
        await using var _ = buffer;
        await files.KeepAsync(buffer, async (stored, sha) =>
        {
            item.RecordAttended(form.Hours ?? 0, form.Points, accepted.FileName, stored, accepted.ContentType, sha, by, Now);
            await db.SaveChangesAsync();
        });
        return item;
    }

    public Stream OpenCertificate(DevelopmentItem item) => files.Open(item.CertificateStoredName!);

    /// <summary>An internal item takes its title, and unless typed otherwise its hours and points, from the programme.</summary>
    private async Task<DevelopmentDetails> DetailsAsync(DevelopmentItemForm form, DevelopmentKind? fixedKind = null)
    {
        var kind = fixedKind ?? form.Kind;
        if (kind == DevelopmentKind.Internal)
        {
            var programme = form.ProgrammeId is null ? null
                : await db.Programmes.AsNoTracking().Where(p => p.Id == form.ProgrammeId).Select(p => new
                {
                    p.Title, p.DurationHours,
                    AccreditationPoints = p.Accreditations.Where(a => a.Body.AsksLicenceNumber).Select(a => (decimal?)a.ParticipantPoints).FirstOrDefault(),
                }).FirstOrDefaultAsync();
            if (programme is null)
                throw new DomainException("Validation.Required", nameof(form.ProgrammeId));
            return new DevelopmentDetails(kind, programme.Title, null, form.ProgrammeId, form.StartsOn, form.EndsOn,
                form.Hours ?? programme.DurationHours, form.Points ?? programme.AccreditationPoints, form.Cost, null);
        }
        if (form.Hours is null)
            throw new DomainException("Validation.Required", nameof(form.Hours));
        if (form.FundingSourceId is int source && !await db.FundingSources.AnyAsync(f => f.Id == source))
            throw new DomainException("Validation.Invalid", nameof(form.FundingSourceId));
        return new DevelopmentDetails(kind, form.Title ?? throw new DomainException("Validation.Required", nameof(form.Title)), form.Provider, null,
            form.StartsOn, form.EndsOn, form.Hours.Value, form.Points, form.Cost, form.FundingSourceId);
    }
}
