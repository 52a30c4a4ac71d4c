using Training.Infrastructure.Localisation;

namespace Training.Tests.Domain;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("Љубав и њега", "Ljubav i njega")]
    [InlineData("ЉУБАВ", "LJUBAV")]
    [InlineData("Џеп", "Džep")]
    [InlineData("ЏЕП", "DŽEP")]
    [InlineData("Ђорђе Ћосић Чачак Шабац Жабаљ", "Đorđe Ćosić Čačak Šabac Žabalj")]
    [InlineData("Пријава {0} – „ОШ“ e-mail 2017.", "Prijava {0} – „OŠ“ e-mail 2017.")]
    [InlineData("", "")]
    public void Cyrillic_becomes_Serbian_Latin(string cyrillic, string latin) =>
        Assert.Equal(latin, SerbianTransliteration.ToLatin(cyrillic));

    [Theory]
    [InlineData("Niš", "Ниш")]
    [InlineData("Ljubovija", "Љубовија")]
    [InlineData("Džep", "Џеп")]
    [InlineData("Novi Sad", "Нови Сад")]
    public void Latin_becomes_Cyrillic(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, LatinToCyrillic.Convert(latin));

    [Theory]
    [InlineData("Nis", "Ниш")]
    [InlineData("Nis", "Niš")]
    [InlineData("ниш", "Niš")]
    [InlineData("Cacak", "Чачак")]
    [InlineData("Zajecar", "Зајечар")]
    [InlineData("Djordjevic", "Ђорђевић")]
    [InlineData("djordjevic", "Đorđević")]
    [InlineData("Ljubovija", "Љубовија")]
    public void A_search_term_matches_across_scripts_and_diacritics(string term, string text) =>
        Assert.True(SearchKey.For(term)!.Matches(text));

    [Theory]
    [InlineData("Nik", "Ниш")]
    [InlineData("Cacak", "Шабац")]
    public void A_search_term_does_not_match_other_words(string term, string text) =>
        Assert.False(SearchKey.For(term)!.Matches(text));
}
