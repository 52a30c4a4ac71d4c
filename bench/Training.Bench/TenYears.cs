using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Sessions;

namespace Training.Bench;

/// <summary>
/// Ten years of a realistic Centre in the bench database: a plan per year (the 2017 plan copied),
/// 4,000 sessions linked to its training activities, 100,000 participants from the directory's
/// institutions with Serbian names, 150,000 registrations and 300,000 attendance records. Sessions go
/// through the domain (so they obey its rules); the bulk rows are written with prepared SQL in one
/// transaction. The same data every time (fixed seed).
/// </summary>
public static class TenYears
{
    public const int Sessions = 4000;
    public const int Participants = 100_000;
    public const int Registrations = 150_000;
    public const int AttendanceRecords = 300_000;

    private static readonly string[] FirstNames = ["Милица", "Марко", "Јелена", "Никола", "Ана", "Стефан", "Ивана", "Душан", "Тијана", "Лазар", "Драгана", "Немања", "Сања", "Бојан", "Маја", "Зоран", "Весна", "Горан", "Снежана", "Милан"];
    private static readonly string[] LastNames = ["Јовановић", "Петровић", "Николић", "Ђорђевић", "Стојановић", "Илић", "Марковић", "Ђукић", "Павловић", "Милошевић", "Костић", "Тодоровић", "Станковић", "Шћекић", "Живковић"];

    public static void Generate(BenchApp app)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(2017);
        var today = Belgrade.Today(TimeProvider.System);
        var firstYear = today.Year - 9;
        var now = DateTime.UtcNow;

        var activitiesByYear = app.WithDb(db =>
        {
            var source = db.AnnualPlans.AsSplitQuery()
                .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Tasks)
                .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Targets)
                .Include(p => p.Goals).ThenInclude(g => g.Outcomes)
                .Single(p => p.Year == 2017);
            for (var year = firstYear; year <= today.Year; year++)
            {
                if (db.AnnualPlans.Any(p => p.Year == year))
                    continue;
                var plan = source.CopyTo(year, source.Title.Replace("2017", year.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal));
                // ActivityKind qualified here and below: System.Diagnostics has one too.
                foreach (var activity in plan.Goals.SelectMany(g => g.Activities).Where(a => a.Kind != Training.Domain.Planning.ActivityKind.Other))
                    activity.SetTarget(TargetKind.Sessions, 12);
                plan.Approve("bench", now);
                db.AnnualPlans.Add(plan);
            }
            db.SaveChanges();
            return db.PlanActivities.Where(a => a.Kind == Training.Domain.Planning.ActivityKind.Training && a.Goal.Plan.Year >= firstYear)
                .Select(a => new { a.Id, a.Goal.Plan.Year }).AsEnumerable()
                .GroupBy(a => a.Year).ToDictionary(g => g.Key, g => g.Select(a => a.Id).ToList());
        });

        // Sessions through the domain, a year at a time.
        var perYear = Sessions / 10;
        for (var year = firstYear; year <= today.Year; year++)
        {
            app.WithDb(db =>
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var programmes = db.Programmes.ToList();
                for (var i = 0; i < perYear; i++)
                {
                    var programme = programmes[random.Next(programmes.Count)];
                    var first = new DateOnly(year, 1, 2).AddDays(random.Next(360));
                    var days = Enumerable.Range(0, 1 + random.Next(4)).Select(d => new DayPlan(first.AddDays(d), new TimeOnly(9, 0), new TimeOnly(15, 0))).ToList();
                    var session = new TrainingSession(programme, days, 40);
                    session.HoldAt(null, true, null);
                    session.Target(programme.TargetSectors, activitiesByYear[year][random.Next(activitiesByYear[year].Count)]);
                    session.MoveTo(SessionStatus.Planned, now);
                    if (session.EndsAtUtc < now)
                    {
                        session.MoveTo(SessionStatus.OpenForRegistration, now);
                        session.MoveTo(SessionStatus.RegistrationClosed, now);
                        session.MoveTo(SessionStatus.Delivered, now);
                        if (random.Next(10) < 8)
                            session.MoveTo(SessionStatus.Closed, now);
                    }
                    db.Sessions.Add(session);
                }
                db.SaveChanges();
                return 0;
            });
        }
        Console.WriteLine($"plans and {Sessions} sessions: {clock.Elapsed.TotalSeconds:0.0} s");

        using var connection = new SqliteConnection($"Data Source={app.DatabaseFile}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var organisations = Ints(connection, transaction, "SELECT Id FROM Organisations");
        var firstParticipant = Scalar(connection, transaction, "SELECT COALESCE(MAX(Id), 0) FROM Participants") + 1;
        var insertPerson = Prepare(connection, transaction, "INSERT INTO Participants (FullName, Email, OrganisationId, OrganisationName, Culture) VALUES ($n, $e, $o, $t, 'sr-Cyrl-RS')", "$n", "$e", "$o", "$t");
        for (var i = 0; i < Participants; i++)
        {
            var typed = random.Next(10) == 0;
            Run(insertPerson, $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}", $"p{i}@bench.example.rs",
                typed ? DBNull.Value : organisations[random.Next(organisations.Count)], typed ? "Удружење грађана" : DBNull.Value);
        }

        // Sessions with their days, oldest first; every registration is confirmed or cancelled, and confirmed people
        // of a held session get one attendance record a day until the total is reached.
        var sessions = new List<(int Id, string Status, List<(int DayId, decimal Hours, string EndsAt)> Days)>();
        using (var read = new SqliteCommand("SELECT s.Id, s.Status, d.Id, d.Minutes, d.EndsAtUtc FROM Sessions s JOIN SessionDays d ON d.TrainingSessionId = s.Id ORDER BY s.Id, d.Date", connection, transaction))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                if (sessions.Count == 0 || sessions[^1].Id != reader.GetInt32(0))
                    sessions.Add((reader.GetInt32(0), reader.GetString(1), []));
                sessions[^1].Days.Add((reader.GetInt32(2), reader.GetInt32(3) / 60m, reader.GetString(4)));
            }
        }
        var insertRegistration = Prepare(connection, transaction,
            "INSERT INTO Registrations (SessionId, ParticipantId, Status, TokenHash, CreatedAtUtc, CalendarSequence) VALUES ($s, $p, $st, $h, $c, 0)", "$s", "$p", "$st", "$h", "$c");
        var insertAttendance = Prepare(connection, transaction,
            "INSERT INTO Attendance (SessionId, SessionDayId, ParticipantId, OrganisationId, Mark, Hours, IsWalkIn, CheckedIn, RecordedBy, RecordedAtUtc) VALUES ($s, $d, $p, (SELECT OrganisationId FROM Participants WHERE Id = $p), $m, $h, 0, 0, 'bench', $at)",
            "$s", "$d", "$p", "$m", "$h", "$at");
        // Visited in random order, so the attendance total cuts off no particular year.
        sessions = sessions.OrderBy(_ => random.Next()).ToList();
        var perSession = (double)Registrations / sessions.Count;
        var registrations = 0;
        var attendance = 0;
        var created = now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        for (var s = 0; s < sessions.Count; s++)
        {
            var (id, status, days) = sessions[s];
            var count = (int)Math.Round((s + 1) * perSession) - registrations;
            var held = status is "Delivered" or "Closed";
            var taken = new HashSet<int>();
            for (var r = 0; r < count; r++)
            {
                int person;
                do person = firstParticipant + random.Next(Participants); while (!taken.Add(person));
                var confirmed = random.Next(10) != 0;
                Run(insertRegistration, id, person, confirmed ? "Confirmed" : "Cancelled", (registrations + r).ToString("x64", CultureInfo.InvariantCulture), created);
                if (!confirmed || !held)
                    continue;
                foreach (var (dayId, hours, endsAt) in days)
                {
                    if (attendance == AttendanceRecords)
                        break;
                    var roll = random.Next(100);
                    var (mark, value) = roll < 85 ? ("Present", hours) : roll < 95 ? ("Partial", Math.Round(hours / 2, 1)) : ("Absent", 0m);
                    Run(insertAttendance, id, dayId, person, mark, value.ToString("0.0", CultureInfo.InvariantCulture), endsAt);
                    attendance++;
                }
            }
            registrations += count;
        }
        transaction.Commit();
        using (var analyse = new SqliteCommand("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);", connection))
            analyse.ExecuteNonQuery();
        if (Environment.GetEnvironmentVariable("BENCH_COPY_DB") is { Length: > 0 } copy)
            File.Copy(app.DatabaseFile, copy, true);
        Console.WriteLine($"data: {Sessions} sessions, {Participants} participants, {registrations} registrations, {attendance} attendance records in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = new SqliteCommand(sql, connection, transaction);
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    private static List<int> Ints(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = new SqliteCommand(sql, connection, transaction);
        using var reader = command.ExecuteReader();
        var values = new List<int>();
        while (reader.Read())
            values.Add(reader.GetInt32(0));
        return values;
    }

    private static int Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = new SqliteCommand(sql, connection, transaction);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
