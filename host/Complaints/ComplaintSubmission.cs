using System.Net.Mail;

namespace CongVu.Host.Complaints;

/// <summary>What the form (public or staff) sent, trimmed, with its Vietnamese problems by field.</summary>
public sealed record ComplaintSubmission(
    string Name, string? Phone, string? Email, string? Address, bool WantsAnonymity, string Subject, string Content, string Channel)
{
    public const string NameField = "hoTen", PhoneField = "dienThoai", EmailField = "email", AddressField = "diaChi", AnonymityField = "giuBiMat",
        SubjectField = "tieuDe", ContentField = "noiDung", ChannelField = "kenh", FilesField = "tepDinhKem", HoneypotField = "website";

    public static ComplaintSubmission Read(IFormCollection form, string channel)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Opt(string key) => form[key].ToString().Trim() is { Length: > 0 } v ? v : null;
        return new ComplaintSubmission(Opt(NameField) ?? "", Opt(PhoneField), Opt(EmailField), Opt(AddressField), form[AnonymityField].ToString().Length > 0,
            Opt(SubjectField) ?? "", form[ContentField].ToString().Trim(), Opt(ChannelField) ?? channel);
    }

    /// <summary>The typed values, to fill the form again after a refusal.</summary>
    public IReadOnlyDictionary<string, string> Values => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NameField] = Name, [PhoneField] = Phone ?? "", [EmailField] = Email ?? "", [AddressField] = Address ?? "",
        [AnonymityField] = WantsAnonymity ? "on" : "", [SubjectField] = Subject, [ContentField] = Content, [ChannelField] = Channel,
    };

    public Dictionary<string, string> Check(IReadOnlyList<string> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Name.Length == 0) errors[NameField] = "Vui lòng nhập họ và tên.";
        else if (Name.Length > 200) errors[NameField] = "Họ và tên không quá 200 ký tự.";
        if (Phone is not null && (Phone.Length > 20 || !Phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '.' or '-' or '(' or ')') || Phone.Count(char.IsAsciiDigit) < 8))
            errors[PhoneField] = "Số điện thoại không hợp lệ (ví dụ: 0901 234 567).";
        if (Email is not null && (Email.Length > 254 || !MailAddress.TryCreate(Email, out var parsed) || parsed.Address != Email))
            errors[EmailField] = "Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.com).";
        if (Address is { Length: > 500 }) errors[AddressField] = "Địa chỉ không quá 500 ký tự.";
        if (Phone is null && Email is null && Address is null && !errors.ContainsKey(NameField))
            errors[PhoneField] = "Vui lòng cho biết ít nhất một cách liên hệ (điện thoại, thư điện tử hoặc địa chỉ) để cơ quan trả lời.";
        if (Subject.Length == 0) errors[SubjectField] = "Vui lòng nhập tiêu đề phản ánh.";
        else if (Subject.Length > 300) errors[SubjectField] = "Tiêu đề không quá 300 ký tự.";
        if (Content.Length == 0) errors[ContentField] = "Vui lòng nhập nội dung phản ánh.";
        else if (Content.Length > 10_000) errors[ContentField] = "Nội dung không quá 10.000 ký tự.";
        if (!channels.Contains(Channel, StringComparer.Ordinal)) errors[ChannelField] = "Vui lòng chọn kênh tiếp nhận.";
        return errors;
    }
}
