using CongVu.Host.Complaints;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>The small rules: tracking codes, taking the reporter out of published text.</summary>
public sealed class ComplaintRulesTests
{
    [Fact]
    public void TrackingCode_IsReadable_Random_AndReadBackHoweverTyped()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => TrackingCode.New(2027)).ToList();
        Assert.All(codes, c => Assert.Matches("^PA-2027-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        var code = codes[0];
        Assert.Equal(code, TrackingCode.Normalize(code.ToLowerInvariant()));
        Assert.Equal(code, TrackingCode.Normalize(" " + code.Replace("-", " ", StringComparison.Ordinal) + " "));
        Assert.Equal(code, TrackingCode.Normalize(code.Replace("-", "", StringComparison.Ordinal)));
        Assert.Null(TrackingCode.Normalize("PA-2027-0000-0000"));
        Assert.Null(TrackingCode.Normalize("PA-2027-7K3M"));
        Assert.Null(TrackingCode.Normalize("'; DROP TABLE Complaints;--"));
    }

    [Fact]
    public void Scrubber_RemovesTheReporterAndAnythingShapedLikeContactDetails()
    {
        var reporter = new ComplaintReporter { Name = "Nguyễn Thị Lan", Phone = "0901 234 567", Email = "lan@example.vn", Address = "12 Trần Phú" };
        var text = "Bà nguyễn thị lan (0901 234 567, lan@example.vn, 12 Trần Phú) phản ánh đúng; liên hệ thêm 0912.345.678 hoặc +84 913 456 789, khac@mail.vn. Cán bộ đã xin lỗi.";
        var scrubbed = IdentityScrubber.Scrub(text, reporter);
        foreach (var secret in new[] { "nguyễn thị lan", "0901", "lan@example.vn", "12 Trần Phú", "0912.345.678", "913 456 789", "khac@mail.vn" })
            Assert.DoesNotContain(secret, scrubbed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("phản ánh đúng", scrubbed, StringComparison.Ordinal);
        Assert.Contains("Cán bộ đã xin lỗi.", scrubbed, StringComparison.Ordinal);
        Assert.Contains("Ngày 15/06/2027, hồ sơ số 12/TB-UBND", IdentityScrubber.Scrub("Ngày 15/06/2027, hồ sơ số 12/TB-UBND", null), StringComparison.Ordinal);
    }
}
