using System.Text.Json.Nodes;
using CongVu.Host.Tasks;
using Xunit;

namespace CongVu.Host.Tests.Tasks;

public sealed class TaskFormValuesTests
{
    private static readonly FormField[] Form =
    [
        new("noiDung", "Nội dung đăng ký", FormFieldTypes.MultiLine, Required: true),
        new("soGio", "Số giờ", FormFieldTypes.Number, Required: true),
    ];

    [Fact]
    public void Read_ForAnOutcomeThatGoesForward_RequiresEveryRequiredField()
    {
        var problems = new Dictionary<string, string>();

        TaskFormValues.Read(Form, new JsonObject { ["soGio"] = "4" }, problems);

        Assert.Equal(["noiDung"], problems.Keys);
    }

    [Fact]
    public void Read_ForAnOutcomeThatReturnsOrDeclines_LetsRequiredFieldsStayEmpty_ButStillChecksWhatIsFilled()
    {
        var problems = new Dictionary<string, string>();

        var values = TaskFormValues.Read(Form, new JsonObject { ["soGio"] = "bốn" }, problems, requireFilled: false);

        Assert.Equal(["soGio"], problems.Keys);
        Assert.Empty(values);
    }
}
