using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Campaigns;
using Xunit;

namespace CongVu.Host.Tests.Campaigns;

public sealed class CampaignDatesTests
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "ICT", "ICT");
    private static readonly HolidayCalendar Weekends = HolidayCalendar.WeekendsOnly(DayOfWeek.Saturday, DayOfWeek.Sunday);
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("15/02", 2027, "2027-02-15")]
    [InlineData("15/12", 2031, "2031-12-15")]
    [InlineData("15/02/2028", 2027, "2028-02-15")]
    [InlineData("2027-06-15", 2027, "2027-06-15")]
    [InlineData("10 working days", 2027, "2027-02-15")]
    [InlineData("30 days", 2027, "2027-03-03")]
    public void DueDate_ReadsYearlyFixedIsoAndCountedDates(string text, int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CampaignDates.DueDate(text, year, Now, Vietnam, Weekends));

    [Fact]
    public void DueDate_29FebruaryInACommonYear_IsRefused() =>
        Assert.Throws<FormatException>(() => CampaignDates.DueDate("29/02", 2027, Now, Vietnam, Weekends));

    [Fact]
    public void IsOnTime_UntilTheLastTickBeforeTheDueDateLocal()
    {
        var due = new DateOnly(2027, 2, 15);
        Assert.True(CampaignDates.IsOnTime(new DateTimeOffset(2027, 2, 14, 23, 59, 59, TimeSpan.FromHours(7)), due, Vietnam));
        Assert.False(CampaignDates.IsOnTime(new DateTimeOffset(2027, 2, 15, 0, 0, 0, TimeSpan.FromHours(7)), due, Vietnam));
    }

    [Theory]
    [InlineData("", "2027-06-16T00:00:00+07:00")]
    [InlineData("20/06", "2027-06-21T00:00:00+07:00")]
    [InlineData("20/06/2027", "2027-06-21T00:00:00+07:00")]
    [InlineData("2027-06-20", "2027-06-21T00:00:00+07:00")]
    [InlineData("5 working days", "2027-06-23T00:00:00+07:00")]
    [InlineData("3 days", "2027-06-19T00:00:00+07:00")]
    [InlineData("PT12H", "2027-06-16T12:00:00+07:00")]
    [InlineData("2027-06-20T17:00:00+07:00", "2027-06-20T17:00:00+07:00")]
    public void Deadline_EndsWrittenDaysAndCountsFromTheDueDate(string text, string expected)
    {
        var campaign = new Campaign { Id = "bao-cao-2027-6t", Year = 2027, DueDate = new DateOnly(2027, 6, 15) };
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CampaignDates.Deadline(text, campaign, Vietnam, Weekends));
    }
}
