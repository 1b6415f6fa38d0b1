using System.Net.Mail;

namespace CongVu.Host.People.Import;

/// <summary>Shape rules of imported codes, user names and addresses, shared by both files.</summary>
internal static class ImportText
{
    public const string CodeRule = "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và các dấu - _ . (tối đa 50 ký tự).";
    public const string UserNameRule = "Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu - _ . @ + (tối đa 100 ký tự).";

    public static bool IsCode(string code) => code.Length is > 0 and <= 50 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>The characters ASP.NET Core Identity allows in user names by default.</summary>
    public static bool IsUserName(string name) => name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@' or '+');

    public static bool IsEmail(string email) => MailAddress.TryCreate(email, out var address) && address.Address == email && email.Length <= 256;
}
