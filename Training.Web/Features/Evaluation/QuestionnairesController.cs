using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Evaluation;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Evaluation;

public sealed class NewQuestionnaireForm
{
    public QuestionnaireKind Kind { get; set; } = QuestionnaireKind.Satisfaction;
    public string? Title { get; set; }
    public int? ProgrammeId { get; set; }
    public bool Anonymous { get; set; }
}

public sealed class ItemForm
{
    public string? Text { get; set; }
    public string? TextEnglish { get; set; }
    public ItemType Type { get; set; } = ItemType.Rating;
    public RatingAspect Aspect { get; set; } = RatingAspect.Content;
    public bool Required { get; set; } = true;

    /// <summary>One option per line; the correct one starts with an asterisk.</summary>
    public string? Options { get; set; }
}

public sealed record QuestionnaireListPage(IReadOnlyList<(Questionnaire Questionnaire, string? Programme)> Questionnaires, IReadOnlyList<Choice> Programmes, NewQuestionnaireForm Form, bool CanEdit);

public sealed record QuestionnairePage(Questionnaire Questionnaire, string? Programme, ItemForm Form, bool CanEdit);

/// <summary>The questionnaire templates: satisfaction surveys, knowledge tests per programme, follow-up surveys.</summary>
[Authorize(Roles = Roles.Readers), Route("questionnaires")]
public sealed class QuestionnairesController(TrainingDbContext db, TextCatalog text) : Controller
{
    private bool CanEdit => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await ListAsync(new NewQuestionnaireForm()));

    [Authorize(Roles = Roles.Planners), HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] NewQuestionnaireForm form)
    {
        var (done, created) = await ModelState.TrySaveAsync(text, async () =>
        {
            var questionnaire = new Questionnaire(form.Kind, form.Title!, form.ProgrammeId, form.Anonymous);
            db.Questionnaires.Add(questionnaire);
            await db.SaveChangesAsync();
            return questionnaire;
        }, "Form");
        return done ? RedirectToAction(nameof(Show), new { id = created!.Id }) : View("Index", await ListAsync(form));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var page = await PageAsync(id, new ItemForm());
        return page is null ? NotFound() : View(page);
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/items")]
    public async Task<IActionResult> AddItem(int id, [Bind(Prefix = "Form")] ItemForm form)
    {
        var questionnaire = await LoadAsync(id);
        if (questionnaire is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () =>
        {
            var item = questionnaire.AddItem(form.Text!, form.TextEnglish, form.Type, form.Aspect, form.Required);
            if (form.Type == ItemType.Choice)
            {
                var lines = (form.Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (lines.Length < 2 || lines.Count(l => l.StartsWith('*')) != 1)
                    throw new DomainException("Evaluation.OptionsNeeded", nameof(form.Options));
                foreach (var line in lines)
                {
                    var (textPart, english) = line.TrimStart('*').Split('|') is var parts && parts.Length > 1 ? (parts[0], parts[1]) : (parts[0], null);
                    item.AddOption(textPart.Trim(), english?.Trim(), line.StartsWith('*'));
                }
            }
            await db.SaveChangesAsync();
            return item;
        }, "Form");
        if (!done)
            return View("Show", (await PageAsync(id, form))!);
        TempData["Status"] = text["Questionnaires.ItemAdded"];
        return RedirectToAction(nameof(Show), new { id });
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/items/{itemId:int}/remove")]
    public async Task<IActionResult> RemoveItem(int id, int itemId)
    {
        var questionnaire = await LoadAsync(id);
        if (questionnaire is null)
            return NotFound();
        if (await db.Answers.AnyAsync(a => a.QuestionItemId == itemId))
        {
            TempData["Error"] = text["Questionnaires.ItemAnswered"];
            return RedirectToAction(nameof(Show), new { id });
        }
        questionnaire.RemoveItem(itemId);
        await db.SaveChangesAsync();
        TempData["Status"] = text["Questionnaires.ItemRemoved"];
        return RedirectToAction(nameof(Show), new { id });
    }

    private Task<Questionnaire?> LoadAsync(int id) =>
        db.Questionnaires.Include(q => q.Items).ThenInclude(i => i.Options).FirstOrDefaultAsync(q => q.Id == id);

    private async Task<QuestionnairePage?> PageAsync(int id, ItemForm form)
    {
        var questionnaire = await LoadAsync(id);
        if (questionnaire is null)
            return null;
        var programme = questionnaire.ProgrammeId is int p ? await db.Programmes.Where(x => x.Id == p).Select(x => x.Title).FirstOrDefaultAsync() : null;
        return new QuestionnairePage(questionnaire, programme, form, CanEdit);
    }

    private async Task<QuestionnaireListPage> ListAsync(NewQuestionnaireForm form)
    {
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Title).Select(p => new Choice(p.Id, p.Title)).ToListAsync();
        var all = await db.Questionnaires.AsNoTracking().Include(q => q.Items).OrderBy(q => q.Kind).ThenBy(q => q.Title).ToListAsync();
        return new QuestionnaireListPage(all.Select(q => (q, programmes.FirstOrDefault(p => p.Id == q.ProgrammeId)?.Name)).ToList(), programmes, form, CanEdit);
    }
}
