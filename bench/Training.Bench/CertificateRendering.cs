using System.Diagnostics;
using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Localisation;

namespace Training.Bench;

/// <summary>
/// S4: 1,000 certificate PDFs rendered one after another on one core (the process is pinned to a
/// single CPU), as the background job renders them. Goals: at least 200 per second, at most 60 KB
/// each, peak memory at most 300 MB. A sample is written to artifacts/ to look at.
/// </summary>
public static class CertificateRendering
{
    private static readonly string[] FirstNames = ["Милица", "Марко", "Јелена", "Никола", "Ана", "Стефан", "Ивана", "Душан", "Тијана", "Лазар", "Драгана", "Немања"];
    private static readonly string[] LastNames = ["Јовановић", "Петровић", "Николић", "Ђорђевић", "Стојановић", "Илић", "Шћекић", "Марковић", "Ђукић", "Радосављевић"];

    public static Dictionary<string, object> Run(int count = 1000)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        var certificates = Enumerable.Range(1, count).Select(i => Certificate.Issue("CZZTLJ", 2026, i, 1, i,
            new CertificateDetails($"{FirstNames[i % FirstNames.Length]} {LastNames[i * 7 % LastNames.Length]}",
                "Поступање центара за социјални рад у заштити жртава трговине људима: идентификација, упућивање и подршка",
                new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11), 12, "Јелена Петровић, Марија Стевановић", "Ана Петровић", "директорка Центра",
                i % 10 == 0 ? Cultures.English : Cultures.SerbianCyrillic)
            {
                SessionTitle = "Радионица за центре за социјални рад Рашког округа",
                Place = "Хотел „Путник”, Краљево",
                AttendedHours = i % 3 == 0 ? 10 : 12,
                Accreditation = new CertificateAccreditation("Републички завод за социјалну заштиту", "110-00-00045/2017-01", 21 + i % 4),
                LicenceNumber = i % 2 == 0 ? $"{i:D4}/2019" : null,
            },
            new Completion(12, 12, 80), null, new DateOnly(2026, 3, 12), "koordinator@centarzztlj.rs")).ToList();
        var text = TextCatalog.Default;
        string Url(Certificate c) => $"https://obuke.centarzztlj.rs/verify/{c.VerificationCode}";

        var warm = Stopwatch.StartNew();
        var sample = CertificateDocument.Render(certificates[0], Url(certificates[0]), text);
        warm.Stop();
        var sizes = new List<int>(count);
        var clock = Stopwatch.StartNew();
        foreach (var certificate in certificates)
            sizes.Add(CertificateDocument.Render(certificate, Url(certificate), text).Length);
        clock.Stop();

        var folder = Path.Combine(Environment.CurrentDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "certificate-sample.pdf"), sample);
        var perSecond = count / clock.Elapsed.TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024d / 1024d;
        Console.WriteLine($"first certificate (fonts loaded): {warm.ElapsedMilliseconds} ms");
        Console.WriteLine($"{count} certificates in {clock.Elapsed.TotalSeconds:0.00} s on one core: {perSecond:0} per second");
        Console.WriteLine($"size: max {sizes.Max() / 1024d:0.0} KB, mean {sizes.Average() / 1024d:0.0} KB; peak working set {peakMb:0} MB");
        Console.WriteLine($"sample: {Path.Combine(folder, "certificate-sample.pdf")}");
        return new()
        {
            ["scenario"] = "S4 certificate-pdfs",
            ["count"] = count,
            ["perSecond"] = Math.Round(perSecond),
            ["maxKb"] = Math.Round(sizes.Max() / 1024d, 1),
            ["meanKb"] = Math.Round(sizes.Average() / 1024d, 1),
            ["peakMb"] = Math.Round(peakMb),
            ["goalsMet"] = perSecond >= 200 && sizes.Max() <= 60 * 1024 && peakMb <= 300,
        };
    }
}
