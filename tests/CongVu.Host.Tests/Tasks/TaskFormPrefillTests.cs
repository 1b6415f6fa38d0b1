using CongVu.Host.Tasks;
using Xunit;

namespace CongVu.Host.Tests.Tasks;

/// <summary>A task opens with the current values of its fields' variables, so a returned draft is revised rather than retyped.</summary>
public sealed class TaskFormPrefillTests
{
    private static readonly FormField[] Form =
    [
        new("title", "Tiêu đề", FormFieldTypes.Text),
        new("amount", "Số tiền", FormFieldTypes.Number, Variable: "Amount"),
        new("deadline", "Hạn", FormFieldTypes.Date),
        new("attachment", "Tệp", FormFieldTypes.File),
        new("note", "Ghi chú", FormFieldTypes.MultiLine, Value: "mặc định"),
    ];

    [Fact]
    public void WithCurrentValues_VariablesSet_ShowsThemInInvariantFormats()
    {
        var values = new Dictionary<string, object?>
        {
            ["title"] = "Kế hoạch năm 2027",
            ["Amount"] = 12.5m,
            ["deadline"] = new DateOnly(2027, 2, 15),
            ["attachment"] = "file-id",
        };

        var shown = TaskForm.WithCurrentValues(Form, name => values.GetValueOrDefault(name));

        Assert.Equal("Kế hoạch năm 2027", shown[0].Value);
        Assert.Equal("12.5", shown[1].Value);
        Assert.Equal("2027-02-15", shown[2].Value);
        Assert.Null(shown[3].Value); // a file is uploaded again, never pre-filled
        Assert.Equal("mặc định", shown[4].Value); // no variable value: the designer's default stays
    }
}
