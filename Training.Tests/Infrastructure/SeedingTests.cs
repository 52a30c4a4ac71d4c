using Microsoft.EntityFrameworkCore;
using Training.Domain.Planning;
using Training.Infrastructure.Seeding;
using Training.Tests.Support;

namespace Training.Tests.Infrastructure;

public sealed class SeedingTests
{
    private static string SeedRoot => SeedFiles.Locate(AppContext.BaseDirectory);

    private static async Task<(int Sectors, int Districts, int Municipalities, int Organisations, int Plans, int Goals, int Activities, int Tasks)> CountsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return (await db.Sectors.CountAsync(), await db.Districts.CountAsync(), await db.Municipalities.CountAsync(), await db.Organisations.CountAsync(),
            await db.AnnualPlans.CountAsync(), await db.PlanGoals.CountAsync(), await db.PlanActivities.CountAsync(), await db.Set<PlanTask>().CountAsync());
    }

    private static async Task SeedAsync(TestDatabase database, string root)
    {
        await using var db = database.NewContext();
        await new ReferenceDataSeeder(db, new SeedFiles(root)).SeedAsync();
    }

    [Fact]
    public async Task Loading_the_seed_twice_gives_the_same_counts()
    {
        using var database = new TestDatabase();
        await SeedAsync(database, SeedRoot);
        var first = await CountsAsync(database);
        await SeedAsync(database, SeedRoot);
        var second = await CountsAsync(database);

        Assert.Equal(first, second);
        Assert.Equal(13, first.Sectors);
        Assert.Equal(25, first.Districts);
        Assert.True(first.Municipalities >= 160, $"municipalities: {first.Municipalities}");
        Assert.True(first.Organisations >= first.Municipalities, "at least one social work centre per municipality");
    }

    [Fact]
    public async Task The_2017_work_plan_is_loaded_in_its_structure_with_verbatim_text()
    {
        using var database = new TestDatabase();
        await SeedAsync(database, SeedRoot);
        await using var db = database.NewContext();
        var plan = await db.AnnualPlans.AsSplitQuery()
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Tasks)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Targets)
            .Include(p => p.Goals).ThenInclude(g => g.Outcomes)
            .SingleAsync(p => p.Year == 2017);

        Assert.Equal(["I", "II", "III"], plan.GeneralGoals.Select(g => g.Number));
        Assert.Equal(9, plan.Goals.Count(g => g.ParentGoalId is not null));
        Assert.Equal(46, plan.Goals.Sum(g => g.Activities.Count));

        var educationGoal = plan.GeneralGoals.Single(g => g.Number == "III").SpecificGoals.Single(g => g.Number == "II");
        var workshops = educationGoal.Activities.Single(a => a.Number == "1");
        Assert.Equal("Реализација радионица за стручњаке центра за социјални рад у вези поступања центра у заштити жртава трговине људима – 4 радионице", workshops.Text);
        Assert.Equal(ActivityKind.Training, workshops.Kind);
        var target = Assert.Single(workshops.Targets);
        Assert.Equal((TargetKind.Sessions, 4m, "SocialWorkCentre"), (target.Kind, target.Value, target.SectorCode));

        var planning = plan.GeneralGoals.Single(g => g.Number == "I").SpecificGoals.Single(g => g.Number == "II").Activities.Single(a => a.Number == "7");
        Assert.Equal(["Избор тренера за обуку", "Обезбеђивање средстава", "Израда материјала за обуку", "Реализација једне обуке"], planning.Tasks.OrderBy(t => t.SortOrder).Select(t => t.Text));
        Assert.Equal(2, educationGoal.Outcomes.Count);
    }

    [Fact]
    public async Task The_2017_plan_is_loaded_as_adopted_with_its_preamble_and_kinds_that_follow_the_text()
    {
        using var database = new TestDatabase();
        await SeedAsync(database, SeedRoot);
        await using var db = database.NewContext();
        var plan = await db.AnnualPlans.AsSplitQuery()
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Tasks)
            .SingleAsync(p => p.Year == 2017);

        Assert.Equal((PlanStatus.Approved, "Управни одбор Центра"), (plan.Status, plan.ApprovedBy));
        Assert.StartsWith("Центар за заштиту жртава трговине људима¹ је установа у систему социјалне заштите", plan.Preamble);
        var activities = plan.Goals.SelectMany(g => g.Activities).ToDictionary(a => a.Code);
        // Taking part in creating indicators is not a training; developing the identification model is mostly other work.
        Assert.Equal(ActivityKind.Other, activities["III.I.5"].Kind);
        Assert.Equal(ActivityKind.Other, activities["I.I.1"].Kind);
        Assert.Equal(ActivityKind.Training, activities["III.I.3"].Kind);
        Assert.Equal(ActivityKind.Training, activities["III.II.2"].Kind);
        var memoranda = activities["I.I.1"].Tasks.Single(t => t.Text.Contains("најмање 3"));
        Assert.Equal(3, memoranda.CountTarget);
        Assert.Equal(PlanTaskStatus.NotStarted, memoranda.Status);
    }

    [Fact]
    public async Task A_malformed_seed_file_stops_with_its_name_and_writes_nothing()
    {
        using var database = new TestDatabase();
        var root = CopySeed();
        var institutions = Path.Combine(root, "reference", "institutions.json");
        File.WriteAllText(institutions, File.ReadAllText(institutions).Replace("\"municipality\": \"subotica\"", "\"municipality\": \"atlantis\""));

        var error = await Assert.ThrowsAsync<SeedException>(() => SeedAsync(database, root));

        Assert.Equal("reference/institutions.json", error.File);
        Assert.Contains("atlantis", error.Problem);
        Assert.Equal((0, 0, 0, 0, 0, 0, 0, 0), await CountsAsync(database));
    }

    [Fact]
    public async Task Invalid_json_is_reported_with_the_file_and_line()
    {
        using var database = new TestDatabase();
        var root = CopySeed();
        File.WriteAllText(Path.Combine(root, "reference", "sectors.json"), "[\n  { \"code\": \"Police\", \n");

        var error = await Assert.ThrowsAsync<SeedException>(() => SeedAsync(database, root));

        Assert.Equal("reference/sectors.json", error.File);
        Assert.Contains("line", error.Problem);
        Assert.Equal(0, (await CountsAsync(database)).Sectors);
    }

    [Fact]
    public async Task Malformed_seed_stops_the_app_from_starting()
    {
        var root = CopySeed();
        File.WriteAllText(Path.Combine(root, "plans", "work-plan-2017.json"), "{ \"year\": 2017, \"title\": \"\", \"generalGoals\": [] }");
        using var app = new TrainingAppFactory(new Dictionary<string, string?> { ["Seed:Path"] = root });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var seed = error as SeedException ?? error.InnerException as SeedException;
        Assert.NotNull(seed);
        Assert.Equal(Path.Combine("plans", "work-plan-2017.json"), seed.File);
    }

    private static string CopySeed()
    {
        var target = Path.Combine(Path.GetTempPath(), $"training-seed-{Guid.NewGuid():N}");
        foreach (var file in Directory.GetFiles(SeedRoot, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(SeedRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
