using System.Globalization;
using System.Text.RegularExpressions;
using Training.Infrastructure.Localisation;

namespace Training.Tests.Infrastructure;

/// <summary>A count reads in its language's plural form ("1 сат, 2 сата, 5 сати, 21 сат"), never "1 сертификата" or "дан(а)".</summary>
public sealed partial class PluralFormsTests
{
    private static readonly CultureInfo Cyrillic = CultureInfo.GetCultureInfo(Cultures.SerbianCyrillic);
    private static readonly CultureInfo Latin = CultureInfo.GetCultureInfo(Cultures.SerbianLatin);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(Cultures.English);

    [Theory]
    [InlineData(0, PluralCategory.Other)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Few)]
    [InlineData(5, PluralCategory.Other)]
    [InlineData(11, PluralCategory.Other)]
    [InlineData(12, PluralCategory.Other)]
    [InlineData(21, PluralCategory.One)]
    [InlineData(22, PluralCategory.Few)]
    [InlineData(25, PluralCategory.Other)]
    [InlineData(101, PluralCategory.One)]
    [InlineData(111, PluralCategory.Other)]
    [InlineData(14, PluralCategory.Other)]
    [InlineData(104, PluralCategory.Few)]
    public void Serbian_follows_the_CLDR_rule_in_both_scripts(int n, PluralCategory expected)
    {
        Assert.Equal(expected, PluralRules.Category(n, Cyrillic));
        Assert.Equal(expected, PluralRules.Category(n, Latin));
    }

    [Theory]
    [InlineData(0, PluralCategory.Other)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Other)]
    [InlineData(5, PluralCategory.Other)]
    [InlineData(11, PluralCategory.Other)]
    [InlineData(12, PluralCategory.Other)]
    [InlineData(21, PluralCategory.Other)]
    [InlineData(22, PluralCategory.Other)]
    [InlineData(25, PluralCategory.Other)]
    [InlineData(101, PluralCategory.Other)]
    [InlineData(111, PluralCategory.Other)]
    public void English_has_one_and_other(int n, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Category(n, English));

    [Fact]
    public void A_fraction_takes_the_other_form() => Assert.Equal(PluralCategory.Other, PluralRules.Category(1.5m, Cyrillic));

    [Theory]
    [InlineData(Cultures.SerbianCyrillic, 1, "1 питање")]
    [InlineData(Cultures.SerbianCyrillic, 2, "2 питања")]
    [InlineData(Cultures.SerbianCyrillic, 11, "11 питања")]
    [InlineData(Cultures.SerbianCyrillic, 21, "21 питање")]
    [InlineData(Cultures.SerbianLatin, 21, "21 pitanje")]
    [InlineData(Cultures.English, 1, "1 question")]
    [InlineData(Cultures.English, 21, "21 questions")]
    public void A_catalogue_text_takes_the_form_of_its_count(string culture, int count, string expected) =>
        Assert.Equal(expected, Cultures.With(culture, () => TextCatalog.Default["Questionnaires.ItemCount", count]));

    [Theory]
    [InlineData(Cultures.SerbianCyrillic, "1", "Укупно 1 сат")]
    [InlineData(Cultures.SerbianCyrillic, "2", "Укупно 2 сата")]
    [InlineData(Cultures.SerbianCyrillic, "5", "Укупно 5 сати")]
    [InlineData(Cultures.SerbianCyrillic, "7,5", "Укупно 7,5 сати")]
    [InlineData(Cultures.SerbianLatin, "21", "Ukupno 21 sat")]
    [InlineData(Cultures.English, "1", "1 hour in all")]
    [InlineData(Cultures.English, "7.5", "7.5 hours in all")]
    public void A_count_already_formatted_for_the_page_chooses_the_form(string culture, string count, string expected) =>
        Assert.Equal(expected, Cultures.With(culture, () => TextCatalog.Default["Session.TotalHours", count]));

    [Fact]
    public void Several_counts_in_one_text_each_choose_their_own_form()
    {
        var text = Cultures.With(Cultures.SerbianCyrillic, () => TextCatalog.Default["Programme.DaysHours", 1, "22"]);
        Assert.Equal("1 дан, 22 сата", text);
    }

    [Fact]
    public void Every_plural_selector_lists_its_languages_forms_in_both_files()
    {
        var problems = new List<string>();
        var english = TextCatalog.Default.All(English).ToDictionary(p => p.Key, p => p.Value);
        foreach (var (key, serbian) in TextCatalog.Default.All(Cyrillic))
        {
            var serbianCounts = Selectors(serbian, 3, key, "sr-Cyrl", problems);
            var englishCounts = Selectors(english[key], 2, key, "en", problems);
            if (!serbianCounts.SetEquals(englishCounts))
                problems.Add($"{key}: Serbian counts by {{{string.Join(",", serbianCounts)}}}, English by {{{string.Join(",", englishCounts)}}}");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void No_count_stands_next_to_a_counted_word_without_its_plural_forms()
    {
        var problems = new List<string>();
        foreach (var (culture, isCounted, pseudoPlural) in new (CultureInfo, Func<string, bool>, Regex)[]
                 {
                     (Cyrillic, IsSerbianCountedWord, SerbianPseudoPlural()),
                     (English, IsEnglishCountedWord, EnglishPseudoPlural()),
                 })
        {
            foreach (var (key, text) in TextCatalog.Default.All(culture))
            {
                if (pseudoPlural.IsMatch(text))
                    problems.Add($"{culture.Name} {key}: \"{text}\" writes both forms at once");
                var counted = TextCatalog.PluralSelector().Matches(text).Select(m => m.Groups["index"].Value).ToHashSet();
                foreach (Match number in NumberAndWord().Matches(text))
                {
                    if (isCounted(number.Groups["word"].Value) && !counted.Contains(number.Groups["index"].Value))
                        problems.Add($"{culture.Name} {key}: \"{text}\" counts \"{number.Groups["word"].Value}\" without plural forms");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static HashSet<string> Selectors(string text, int forms, string key, string language, List<string> problems)
    {
        var indexes = new HashSet<string>();
        foreach (Match selector in TextCatalog.PluralSelector().Matches(text))
        {
            indexes.Add(selector.Groups["index"].Value);
            if (selector.Groups["forms"].Value.Split('|').Length != forms)
                problems.Add($"{language} {key}: {selector.Value} needs {forms} forms");
        }
        return indexes;
    }

    private static readonly string[] SerbianCountedStems =
    [
        "сат", "бод", "дан", "обук", "особ", "сертификат", "питањ", "учешћ", "измен", "знак", "годин", "мест", "институциј",
        "поен", "сусрет", "учесни", "позив", "пријав", "порук", "радиониц", "минут", "недељ", "месец",
    ];

    private static bool IsSerbianCountedWord(string word) =>
        SerbianCountedStems.Any(stem => word.StartsWith(stem, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] EnglishNotNouns = ["is", "was", "has", "its", "this", "as", "always", "plus", "hours'"];

    private static bool IsEnglishCountedWord(string word) =>
        word is "people" or "children" || (word.Length > 2 && word.EndsWith('s') && !EnglishNotNouns.Contains(word));

    /// <summary>A placeholder such as {1} or {1:0.##}, then the word that follows it.</summary>
    [GeneratedRegex(@"\{(?<index>\d+)(?::[^}]*)?\}\s+(?<word>\p{L}+)")]
    private static partial Regex NumberAndWord();

    /// <summary>"дан(а)", "сат(и)".</summary>
    [GeneratedRegex(@"\p{L}\((?:а|и|е|ова|ева)\)")]
    private static partial Regex SerbianPseudoPlural();

    /// <summary>"day(s)".</summary>
    [GeneratedRegex(@"\p{L}\(s\)")]
    private static partial Regex EnglishPseudoPlural();
}
