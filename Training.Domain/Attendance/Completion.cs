namespace Training.Domain.Attendance;

/// <summary>
/// Whether a person completed a session: present for at least <see cref="RequiredPercent"/> of its hours.
/// The figures travel with the answer so a page can say why someone is not eligible.
/// </summary>
public sealed record Completion(decimal AttendedHours, decimal SessionHours, int RequiredPercent)
{
    public decimal RequiredHours => Math.Round(SessionHours * RequiredPercent / 100m, 2);

    public decimal AttendedPercent => SessionHours == 0 ? 0 : Math.Round(AttendedHours * 100m / SessionHours, 1);

    public bool Eligible => SessionHours > 0 && AttendedHours * 100m >= SessionHours * RequiredPercent;

    public static Completion Of(IEnumerable<AttendanceRecord> records, decimal sessionHours, int requiredPercent) =>
        new(records.Sum(r => r.Hours), sessionHours, requiredPercent);
}
