using Training.Web.Features.Registrations;

namespace Training.Tests.Features;

public sealed class AddressListTests
{
    [Fact]
    public void Pasted_list_is_read_row_by_row_with_a_reason_for_each_bad_row()
    {
        var lines = AddressList.Parse("ana@csr-nis.rs\r\nМарко Марковић <Marko@Example.RS>\n\nnot-an-address\nANA@csr-nis.rs\n\"Јелена\" <jelena@example.rs>;");
        Assert.Equal(
            [(1, "ana@csr-nis.rs", (string?)null, (string?)null), (2, "marko@example.rs", "Марко Марковић", null), (4, null, null, "Invite.RowInvalidAddress"),
             (5, "ana@csr-nis.rs", null, "Invite.RowDuplicate"), (6, "jelena@example.rs", "Јелена", null)],
            lines.Select(l => (l.Number, l.Email, l.ErrorKey is "Invite.RowDuplicate" ? null : l.Name, l.ErrorKey)));
    }

    [Fact]
    public void A_name_with_a_line_break_cannot_make_two_rows_of_one()
    {
        var lines = AddressList.Parse("Evil\nBcc: victim@example.rs <x@example.rs>");
        Assert.Equal("Invite.RowInvalidAddress", lines[0].ErrorKey);
        Assert.Equal("x@example.rs", lines[1].Email);
    }
}

public sealed class CsvImportTests
{
    [Fact]
    public void Csv_with_semicolons_quotes_and_a_byte_order_mark_is_read_row_by_row()
    {
        var csv = "\uFEFFName;Email;Institution;Position\r\n" +
                  "\"Петровић; Ана\";ana@csr-nis.rs;\"ЦСР \"\"Ниш\"\"\";социјални радник\r\n" +
                  "Марко;nije adresa;ЦСР Суботица;\r\n" +
                  "\r\n" +
                  "Јелена;JELENA@example.rs;;педагог\r\n";
        var lines = AddressList.ParseCsv(csv);
        Assert.Equal(3, lines.Count);
        Assert.Equal(("Петровић; Ана", "ana@csr-nis.rs", "ЦСР \"Ниш\"", "социјални радник"), (lines[0].Name, lines[0].Email, lines[0].Institution, lines[0].Position));
        Assert.Equal((3, "Invite.RowInvalidAddress"), (lines[1].Number, lines[1].ErrorKey));
        Assert.Equal(("jelena@example.rs", (string?)null), (lines[2].Email, lines[2].Institution));
    }
}
