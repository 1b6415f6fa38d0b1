using CongVu.Host.Documents.Issuing;
using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>Decree 30/2020: days below 10 and the months January and February take a leading zero.</summary>
public sealed class DocumentDateTests
{
    [Theory]
    [InlineData(2027, 2, 5, "Cần Thơ, ngày 05 tháng 02 năm 2027")]
    [InlineData(2027, 1, 1, "Cần Thơ, ngày 01 tháng 01 năm 2027")]
    [InlineData(2027, 3, 10, "Cần Thơ, ngày 10 tháng 3 năm 2027")]
    [InlineData(2027, 6, 15, "Cần Thơ, ngày 15 tháng 6 năm 2027")]
    [InlineData(2027, 12, 9, "Cần Thơ, ngày 09 tháng 12 năm 2027")]
    [InlineData(2027, 11, 30, "Cần Thơ, ngày 30 tháng 11 năm 2027")]
    public void PlaceAndDate_PadsDaysBelowTenAndMonthsOneAndTwo(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, DocumentDate.PlaceAndDate("Cần Thơ", new DateOnly(year, month, day)));
    }

    [Fact]
    public void Short_IsAlwaysPadded() => Assert.Equal("05/06/2027", DocumentDate.Short(new DateOnly(2027, 6, 5)));
}
