using Training.Domain.Common;
using Training.Domain.Organisations;
using Training.Domain.Programmes;
using Training.Domain.Sessions;
using Training.Domain.Trainers;
using Training.Domain.Venues;

namespace Training.Tests.Support;

/// <summary>Builders for domain objects with sensible defaults; tests state only what matters to them.</summary>
public static class Build
{
    public static TrainingProgramme Programme(string title = "Примена индикатора прелиминарне идентификације", int days = 1, decimal hours = 6) =>
        new(title, hours, days, 25);

    public static DayPlan Day(int year, int month, int day, int fromHour = 9, int toHour = 15) =>
        new(new DateOnly(year, month, day), new TimeOnly(fromHour, 0), new TimeOnly(toHour, 0));

    public static TrainingSession Session(params DayPlan[] days) =>
        new(Programme(), days.Length == 0 ? [Day(2026, 3, 10)] : days, 25);

    public static Venue Venue(int capacity = 30) =>
        new("Сала Скупштине града", "Трг слободе 1", new District("NIS", "Нишавски").AddMunicipality("nis", "Ниш"), capacity);

    public static Trainer Trainer(string name = "Јелена Петровић") => new(name, TrainerKind.External);

    /// <summary>Gives an unsaved entity an id, as the database would, so rules that compare ids can be tested.</summary>
    public static T WithId<T>(this T entity, int id) where T : Entity
    {
        typeof(Entity).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }
}
