namespace CongVu.Host.Complaints;

/// <summary>The browser paths of the complaint pages: public ones under /phan-anh, staff ones under /phan-anh/quan-ly and /phan-anh/nhap.</summary>
public static class ComplaintPaths
{
    public const string Form = "/phan-anh";
    public const string Sent = "/phan-anh/da-gui";
    public const string Lookup = "/phan-anh/tra-cuu";
    public const string Supplement = "/phan-anh/tra-cuu/bo-sung";
    public const string Results = "/phan-anh/ket-qua";
    public const string Entry = "/phan-anh/nhap";
    public const string Manage = "/phan-anh/quan-ly";

    public static string Case(string trackingCode) => $"{Manage}/{Uri.EscapeDataString(trackingCode)}";

    public static string LookupOf(string trackingCode) => $"{Lookup}?ma={Uri.EscapeDataString(trackingCode)}";
}
