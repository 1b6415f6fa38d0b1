using CongVu.Engine.Scheduling.Time;
using Xunit;

namespace CongVu.Engine.Tests.Scheduling;

public sealed class CronScheduleParseTests
{
    [Fact]
    public void Parse_FiveFields_HasNoSeconds()
    {
        var schedule = CronSchedule.Parse("  0 8 * * 1-5 ");

        Assert.False(schedule.HasSeconds);
        Assert.Equal("0 8 * * 1-5", schedule.Expression);
        Assert.Equal("0 8 * * 1-5", schedule.ToString());
    }

    [Fact]
    public void Parse_SixFields_HasLeadingSeconds()
    {
        Assert.True(CronSchedule.Parse("30 0 8 * * *").HasSeconds);
    }

    [Theory]
    [InlineData("* * * *", "has 4 fields")]
    [InlineData("* * * * * * *", "has 7 fields")]
    [InlineData("60 * * * *", "minute field '60': value 60 is out of range 0-59")]
    [InlineData("61 * * * * *", "second field '61'")]
    [InlineData("* 24 * * *", "hour field '24'")]
    [InlineData("* * 0 * *", "day-of-month field '0'")]
    [InlineData("* * 32 * *", "day-of-month field '32'")]
    [InlineData("* * * 13 *", "month field '13'")]
    [InlineData("* * * FOO *", "month field 'FOO': 'FOO' is not a number 1-12 or a name JAN-DEC")]
    [InlineData("* * * * 8", "day-of-week field '8'")]
    [InlineData("* * * * MON-FRX", "day-of-week field 'MON-FRX'")]
    [InlineData("*/0 * * * *", "minute field '*/0': step '0' must be a number from 1 to 59")]
    [InlineData("*/x * * * *", "step 'x'")]
    [InlineData("1/2/3 * * * *", "more than one '/'")]
    [InlineData("* 17-9 * * *", "hour field '17-9': range '17-9' is reversed")]
    [InlineData("1,,2 * * * *", "minute field '1,,2': empty list item")]
    [InlineData("-5 * * * *", "minute field '-5'")]
    public void TryParse_BadExpression_ReportsTheBadField(string expression, string expected)
    {
        var ok = CronSchedule.TryParse(expression, out var schedule, out var error);

        Assert.False(ok);
        Assert.Null(schedule);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParse_Empty_ReportsEmpty(string? expression)
    {
        Assert.False(CronSchedule.TryParse(expression, out _, out var error));
        Assert.Equal("Cron expression is empty.", error);
    }

    [Fact]
    public void Parse_BadExpression_ThrowsFormatExceptionWithMessage()
    {
        var ex = Assert.Throws<FormatException>(() => CronSchedule.Parse("0 25 * * *"));

        Assert.Contains("hour", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 8 * * *")]
    [InlineData("*/5 * * * *")]
    [InlineData("0 0 1,15 * *")]
    [InlineData("0 8-17/2 * * MON-FRI")]
    [InlineData("0 0 ? * sun")]
    [InlineData("0 0 1 jan,Jul *")]
    [InlineData("5/15 * * * *")]
    [InlineData("0 0 * * 0-7")]
    [InlineData("@daily")]
    [InlineData("@Hourly")]
    public void TryParse_ValidExpression_Succeeds(string expression)
    {
        Assert.True(CronSchedule.TryParse(expression, out var schedule, out var error), error);
        Assert.NotNull(schedule);
        Assert.Null(error);
    }
}
