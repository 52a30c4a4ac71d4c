using Training.Infrastructure.Audit;
using Training.Infrastructure.Localisation;

namespace Training.Web.Features.Audit;

/// <summary>An entry's record and details in the reader's language: the log stores neutral keys and values, this names them.</summary>
public static class AuditText
{
    public static string Subject(AuditEntry entry, TextCatalog text) =>
        $"{text["Audit.Subject." + entry.Subject]} {entry.SubjectId}".Trim();

    public static string Detail(AuditEntry entry, TextCatalog text)
    {
        if (string.IsNullOrEmpty(entry.Detail))
            return "";
        // Status values are named as elsewhere in the app, by the kind of record they belong to.
        var states = entry.Action.Split('.')[0] switch
        {
            "Registration" => "Registrations.Status.",
            "Certificate" => "Audit.CertificateStatus.",
            "Plan" => "Plan.Status.",
            "Development" => "Development.PlanStatus.",
            _ => null,
        };
        return string.Join(" · ", entry.Detail.Split("; ").Select(pair =>
        {
            var at = pair.IndexOf('=');
            if (at < 0)
                return pair;
            var (key, value) = (pair[..at], pair[(at + 1)..]);
            var shown = key switch
            {
                "status" or "from" or "to" when states is not null => text[states + value],
                "mark" => text["Attendance.Mark." + value],
                "reason" => text["Audit.Reason." + value],
                "step" => text["Audit.Step." + value],
                _ => value,
            };
            return $"{text["Audit.Field." + key]} {shown}";
        }));
    }
}
