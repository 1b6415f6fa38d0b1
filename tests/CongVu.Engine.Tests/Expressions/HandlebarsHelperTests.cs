using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Xunit;

namespace CongVu.Engine.Tests.Expressions;

public class HandlebarsHelperTests
{
    private readonly HandlebarsEvaluator _evaluator = new();

    private async Task<object?> Render(string template, Dictionary<string, object?> variables) =>
        await _evaluator.EvaluateAsync(new Expression(ExpressionTypes.Handlebars, JsonValue.Create(template)), typeof(string), Contexts.With(variables));

    [Fact]
    public async Task FormatDate_UtcInstantInHoChiMinh_ShiftsToLocalDate()
    {
        var variables = new Dictionary<string, object?> { ["D"] = new DateTimeOffset(2024, 12, 31, 18, 30, 0, TimeSpan.Zero) };
        Assert.Equal("01/01/2025 01:30", await Render("{{formatDate D \"dd/MM/yyyy HH:mm\" \"Asia/Ho_Chi_Minh\"}}", variables));
    }

    [Fact]
    public async Task FormatDate_IsoStringAndDateOnly_AreFormatted()
    {
        var variables = new Dictionary<string, object?> { ["S"] = "2025-03-04T05:06:07Z", ["O"] = new DateOnly(2025, 3, 4) };
        Assert.Equal("04/03/2025|04/03/2025", await Render("{{formatDate S \"dd/MM/yyyy\"}}|{{formatDate O \"dd/MM/yyyy\"}}", variables));
    }

    [Fact]
    public async Task FormatDate_UtcDateTimeWithZone_Converts()
    {
        var variables = new Dictionary<string, object?> { ["D"] = new DateTime(2025, 1, 1, 20, 0, 0, DateTimeKind.Utc) };
        Assert.Equal("2025-01-02 03:00", await Render("{{formatDate D \"yyyy-MM-dd HH:mm\" \"Asia/Ho_Chi_Minh\"}}", variables));
    }

    [Fact]
    public async Task FormatNumber_WithCulture_UsesCultureSeparators()
    {
        var variables = new Dictionary<string, object?> { ["N"] = 1234567, ["S"] = "2500.5" };
        Assert.Equal("1.234.567|2,500.50", await Render("{{formatNumber N \"N0\" \"vi-VN\"}}|{{formatNumber S \"N2\"}}", variables));
    }

    [Theory]
    [InlineData(1, "1", "same")]
    [InlineData("a", "b", "different")]
    [InlineData(true, "true", "same")]
    public async Task Eq_Block_ChoosesBranch(object left, object right, string expected)
    {
        var variables = new Dictionary<string, object?> { ["L"] = left, ["R"] = right };
        Assert.Equal(expected, await Render("{{#eq L R}}same{{else}}different{{/eq}}", variables));
        Assert.Equal(expected, await Render("{{#ifEquals L R}}same{{else}}different{{/ifEquals}}", variables));
        Assert.Equal(expected, await Render("{{#if (eq L R)}}same{{else}}different{{/if}}", variables));
    }

    [Fact]
    public async Task Eq_MissingValueAgainstLiteral_IsFalse() =>
        Assert.Equal("no", await Render("{{#eq Missing \"x\"}}yes{{else}}no{{/eq}}", []));

    [Fact]
    public async Task FormatDate_UnknownTimeZone_ThrowsExpressionException() =>
        await Assert.ThrowsAsync<ExpressionException>(() =>
            Render("{{formatDate D \"yyyy\" \"Mars/Olympus\"}}", new() { ["D"] = DateTimeOffset.UnixEpoch }));
}
