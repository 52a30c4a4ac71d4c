using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Organisations;
using Training.Domain.Planning;
using Training.Domain.Programmes;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Seeding;

/// <summary>
/// Loads sectors, districts and municipalities, the institution directory and the work plans
/// from <c>seed/</c>. Every file is read and checked first; then everything is written in one
/// transaction, adding only what is missing, so a second run changes nothing and a bad file
/// writes nothing.
/// </summary>
public sealed class ReferenceDataSeeder(TrainingDbContext db, SeedFiles files)
{
    public const string SectorsFile = "reference/sectors.json";
    public const string AccreditingBodiesFile = "reference/accrediting-bodies.json";
    public const string DistrictsFile = "reference/districts.json";
    public const string InstitutionsFile = "reference/institutions.json";
    public const string PlansFolder = "plans";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var sectors = files.Read<List<SectorSeed>>(SectorsFile);
        var bodies = files.Read<List<AccreditingBodySeed>>(AccreditingBodiesFile);
        var districts = files.Read<List<DistrictSeed>>(DistrictsFile);
        var institutions = files.Read<List<InstitutionSeed>>(InstitutionsFile);
        var plans = files.Files(PlansFolder, "*.json").Select(f => (File: f, Plan: files.Read<PlanSeed>(f))).ToList();
        Check(sectors, districts, institutions, plans);
        Require(AccreditingBodiesFile, bodies.All(b => !string.IsNullOrWhiteSpace(b.Code) && !string.IsNullOrWhiteSpace(b.Name) && !string.IsNullOrWhiteSpace(b.Abbreviation)),
            "a body without code, name or abbreviation");
        Require(AccreditingBodiesFile, bodies.Select(b => b.Code).Distinct().Count() == bodies.Count, "a body code appears twice");

        // SQL Server's retrying strategy needs the whole transaction as one retriable unit.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SeedSectorsAsync(sectors, cancellationToken);
            await SeedAccreditingBodiesAsync(bodies, cancellationToken);
            await SeedDistrictsAsync(districts, cancellationToken);
            await SeedInstitutionsAsync(institutions, cancellationToken);
            foreach (var (file, plan) in plans)
                await SeedPlanAsync(file, plan, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private static void Check(List<SectorSeed> sectors, List<DistrictSeed> districts, List<InstitutionSeed> institutions, List<(string File, PlanSeed Plan)> plans)
    {
        Require(SectorsFile, sectors.Count > 0, "no sectors");
        Require(SectorsFile, sectors.All(s => !string.IsNullOrWhiteSpace(s.Code) && !string.IsNullOrWhiteSpace(s.Name) && !string.IsNullOrWhiteSpace(s.NameEnglish)), "a sector without code, name or English name");
        Require(SectorsFile, sectors.Select(s => s.Code).Distinct().Count() == sectors.Count, "a sector code appears twice");
        Require(DistrictsFile, districts.All(d => !string.IsNullOrWhiteSpace(d.Code) && !string.IsNullOrWhiteSpace(d.Name) && d.Municipalities is { Count: > 0 }), "a district without code, name or municipalities");
        var municipalityCodes = districts.SelectMany(d => d.Municipalities).Select(m => m.Code).ToList();
        Require(DistrictsFile, municipalityCodes.All(c => !string.IsNullOrWhiteSpace(c)), "a municipality without code");
        Require(DistrictsFile, municipalityCodes.Distinct().Count() == municipalityCodes.Count, "a municipality code appears twice");
        var sectorCodes = sectors.Select(s => s.Code).ToHashSet();
        var known = municipalityCodes.ToHashSet();
        foreach (var (institution, index) in institutions.Select((x, i) => (x, i + 1)))
        {
            Require(InstitutionsFile, !string.IsNullOrWhiteSpace(institution.Name), $"entry {index} has no name");
            Require(InstitutionsFile, sectorCodes.Contains(institution.Sector), $"entry {index} ('{institution.Name}') names the unknown sector '{institution.Sector}'");
            Require(InstitutionsFile, known.Contains(institution.Municipality), $"entry {index} ('{institution.Name}') names the unknown municipality '{institution.Municipality}'");
        }
        foreach (var (file, plan) in plans)
        {
            Require(file, plan.Year is >= 2000 and <= 2100, "the year is missing or out of range");
            Require(file, !string.IsNullOrWhiteSpace(plan.Title), "the plan has no title");
            Require(file, plan.GeneralGoals is { Count: > 0 }, "the plan has no general goals");
            foreach (var target in plan.GeneralGoals.SelectMany(g => g.SpecificGoals ?? []).SelectMany(s => s.Activities ?? []).SelectMany(a => a.Targets ?? []))
                Require(file, target.Sector is null || sectorCodes.Contains(target.Sector), $"a target names the unknown sector '{target.Sector}'");
        }
        Require(PlansFolder, plans.Select(p => p.Plan.Year).Distinct().Count() == plans.Count, "two plan files have the same year");
    }

    private static void Require(string file, bool condition, string problem)
    {
        if (!condition)
            throw new SeedException(file, problem);
    }

    private async Task SeedSectorsAsync(List<SectorSeed> seeds, CancellationToken cancellationToken)
    {
        var existing = await db.Sectors.Select(s => s.Code).ToListAsync(cancellationToken);
        foreach (var (seed, order) in seeds.Select((s, i) => (s, i)).Where(x => !existing.Contains(x.s.Code)))
            db.Sectors.Add(new Sector(seed.Code, seed.Name, seed.NameEnglish, order));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the bodies not yet known by code; a name the coordinators edited stays as they wrote it.</summary>
    private async Task SeedAccreditingBodiesAsync(List<AccreditingBodySeed> seeds, CancellationToken cancellationToken)
    {
        var existing = await db.AccreditingBodies.Select(b => b.Code).ToListAsync(cancellationToken);
        foreach (var (seed, order) in seeds.Select((b, i) => (b, i)).Where(x => !existing.Contains(x.b.Code)))
            db.AccreditingBodies.Add(new AccreditingBody(seed.Code, seed.Name, seed.Abbreviation, seed.AsksLicenceNumber, order));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedDistrictsAsync(List<DistrictSeed> seeds, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.Include(d => d.Municipalities).ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var seed in seeds)
        {
            if (!districts.TryGetValue(seed.Code, out var district))
            {
                district = new District(seed.Code, seed.Name);
                db.Districts.Add(district);
            }
            foreach (var municipality in seed.Municipalities.Where(m => district.Municipalities.All(x => x.Code != m.Code)))
                district.AddMunicipality(municipality.Code, municipality.Name);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedInstitutionsAsync(List<InstitutionSeed> seeds, CancellationToken cancellationToken)
    {
        var sectors = await db.Sectors.ToDictionaryAsync(s => s.Code, cancellationToken);
        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Code, cancellationToken);
        var existing = (await db.Organisations.Select(o => new { o.MunicipalityId, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.MunicipalityId, o.Name)).ToHashSet();
        foreach (var seed in seeds)
        {
            var municipality = municipalities[seed.Municipality];
            if (!existing.Add((municipality.Id, seed.Name.Trim())))
                continue;
            try
            {
                db.Organisations.Add(new Organisation(seed.Name, sectors[seed.Sector], municipality, seed.Email, seed.Phone, seed.Address));
            }
            catch (DomainException ex)
            {
                throw new SeedException(InstitutionsFile, $"'{seed.Name}': {ex.MessageKey} ({ex.Field})");
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedPlanAsync(string file, PlanSeed seed, CancellationToken cancellationToken)
    {
        if (await db.AnnualPlans.AnyAsync(p => p.Year == seed.Year, cancellationToken))
            return;
        try
        {
            var plan = new AnnualPlan(seed.Year, seed.Title);
            plan.DescribeAs(seed.Preamble);
            foreach (var generalSeed in seed.GeneralGoals)
            {
                var general = plan.AddGeneralGoal(generalSeed.Number, generalSeed.Text);
                foreach (var specificSeed in generalSeed.SpecificGoals ?? [])
                {
                    var specific = general.AddSpecificGoal(specificSeed.Number, specificSeed.Text);
                    foreach (var activitySeed in specificSeed.Activities ?? [])
                    {
                        var activity = specific.AddActivity(activitySeed.Number, activitySeed.Text, activitySeed.Kind);
                        foreach (var task in activitySeed.Tasks ?? [])
                            activity.AddTask(task.Text).Plan(task.CountTarget, task.DueQuarter, task.Responsible);
                        foreach (var target in activitySeed.Targets ?? [])
                            activity.SetTarget(target.Kind, target.Value, target.Sector);
                    }
                    foreach (var outcome in specificSeed.Outcomes ?? [])
                        specific.AddOutcome(outcome.Number, outcome.Text);
                }
            }
            if (seed.ApprovedBy is not null)
                plan.RecordAdoption(seed.ApprovedBy);
            db.AnnualPlans.Add(plan);
        }
        catch (DomainException ex)
        {
            throw new SeedException(file, $"{ex.MessageKey} ({ex.Field}) {string.Join(", ", ex.Arguments)}");
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
