using System.Globalization;
using Training.Infrastructure.Localisation;

namespace Training.Tests.Infrastructure;

/// <summary>People in Serbian lists: by surname, then first name, in the alphabet order of the reader's script.</summary>
public sealed class PersonNameOrderTests
{
    private static readonly string[] Latin =
        ["Marko Zec", "Ana Živković", "Jovan Dragić", "Mila Đorđević", "Petar Čolić", "Ivana Ćirić", "Nikola Cvetković", "Dejan Džajić", "Ana Šarić", "Vesna Sarić"];

    [Fact]
    public void Latin_readers_get_serbian_latin_order_with_C_Č_Ć_D_Dž_Đ_S_Š_Z_Ž()
    {
        var ordered = Latin.Order(PersonNameOrder.For(CultureInfo.GetCultureInfo("sr-Latn-RS"))).ToList();
        Assert.Equal(["Nikola Cvetković", "Petar Čolić", "Ivana Ćirić", "Jovan Dragić", "Dejan Džajić", "Mila Đorđević", "Vesna Sarić", "Ana Šarić", "Marko Zec", "Ana Živković"], ordered);
        Assert.Equal(ordered, Latin.Order(PersonNameOrder.For(CultureInfo.GetCultureInfo("en"))));
    }

    [Fact]
    public void Cyrillic_readers_get_cyrillic_order_whatever_script_a_name_was_written_in()
    {
        // Two of the names were typed in Latin; they take their Cyrillic places.
        string[] names = ["Марко Зец", "Ана Живковић", "Jovan Dragić", "Мила Ђорђевић", "Петар Чолић", "Ivana Ćirić", "Никола Цветковић", "Дејан Џајић"];
        var ordered = names.Order(PersonNameOrder.For(CultureInfo.GetCultureInfo("sr-Cyrl-RS"))).ToList();
        Assert.Equal(["Jovan Dragić", "Мила Ђорђевић", "Ана Живковић", "Марко Зец", "Ivana Ćirić", "Никола Цветковић", "Петар Чолић", "Дејан Џајић"], ordered);
    }

    [Fact]
    public void The_same_surname_goes_by_first_name_and_a_single_word_name_by_itself()
    {
        var ordered = new[] { "Марко Петровић", "Ана Петровић", "Петровић", "Бојана Ана Петровић" }.Order(PersonNameOrder.For(CultureInfo.GetCultureInfo("sr-Cyrl-RS"))).ToList();
        Assert.Equal(["Петровић", "Ана Петровић", "Бојана Ана Петровић", "Марко Петровић"], ordered);
    }
}
