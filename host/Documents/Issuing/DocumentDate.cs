using System.Globalization;

namespace CongVu.Host.Documents.Issuing;

/// <summary>
/// The date line of Decree 30/2020: "Cần Thơ, ngày 05 tháng 02 năm 2027". Days below 10 and the months January and
/// February are written with a leading zero; other months are not ("ngày 15 tháng 6 năm 2027").
/// </summary>
public static class DocumentDate
{
    public static string Day(DateOnly date) => date.Day < 10 ? "0" + Text(date.Day) : Text(date.Day);

    public static string Month(DateOnly date) => date.Month <= 2 ? "0" + Text(date.Month) : Text(date.Month);

    public static string Year(DateOnly date) => Text(date.Year);

    public static string PlaceAndDate(string place, DateOnly date) => $"{place}, ngày {Day(date)} tháng {Month(date)} năm {Year(date)}";

    /// <summary>dd/MM/yyyy, the short form used everywhere else.</summary>
    public static string Short(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
