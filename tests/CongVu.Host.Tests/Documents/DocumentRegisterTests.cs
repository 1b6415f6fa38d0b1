using CongVu.Host.Documents.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>
/// Each unit keeps a register per year and document type: issued documents are numbered 1, 2, … in it, a new year
/// starts again at 1, and a document found again by its key keeps its number. Each test uses its own symbol.
/// </summary>
public sealed class DocumentRegisterTests(DocumentHost host) : IClassFixture<DocumentHost>
{
    [Fact]
    public async Task Generate_TwoIssuedInOneUnitAndYear_AreNumberedOneAndTwo()
    {
        var first = await host.IssueAsync("DVA", "KH");
        var second = await host.IssueAsync("DVA", "KH");

        Assert.Equal((1, "1/KH-DVA"), (first.Number, first.NumberText));
        Assert.Equal((2, "2/KH-DVA"), (second.Number, second.NumberText));
        Assert.Contains("Số: 2/KH-DVA", second.Html, StringComparison.Ordinal);
        Assert.Equal(2027, second.Year);
    }

    [Fact]
    public async Task Generate_AnotherUnit_StartsAtOne()
    {
        await host.IssueAsync("DVA", "BC");
        await host.IssueAsync("DVA", "BC");
        var other = await host.IssueAsync("DVB", "BC");

        Assert.Equal((1, "1/BC-DVB"), (other.Number, other.NumberText));
        Assert.Equal(await host.UnitIdAsync("DVB"), other.UnitId);
    }

    [Fact]
    public async Task Generate_NewYearInVietnam_RestartsAtOne()
    {
        var lastEvening = new DateTimeOffset(2027, 12, 31, 16, 59, 0, TimeSpan.Zero); // 23:59 on 31/12/2027 in Vietnam
        var newYear = new DateTimeOffset(2027, 12, 31, 17, 0, 0, TimeSpan.Zero);     // 00:00 on 01/01/2028
        await host.IssueAsync("DVA", "TB", now: lastEvening);
        var december = await host.IssueAsync("DVA", "TB", now: lastEvening);
        var january = await host.IssueAsync("DVA", "TB", now: newYear);

        Assert.Equal((2, 2027), (december.Number, december.Year));
        Assert.Equal((1, 2028), (january.Number, january.Year));
        Assert.Contains("ngày 01 tháng 01 năm 2028", january.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_SameKey_UpdatesTheDocumentAndKeepsItsNumberAndDate()
    {
        var issued = await host.IssueAsync("DVA", "DS", key: "ke-hoach-2027:DVA");
        var again = await host.IssueAsync("DVA", "DS", key: "ke-hoach-2027:DVA", now: DocumentHost.Now.AddDays(20));
        var redrafted = await host.IssueAsync("DVA", null, key: "ke-hoach-2027:DVA", now: DocumentHost.Now.AddDays(30),
            model: new Dictionary<string, object?>(DocumentHost.Sample()) { ["subject"] = "nội dung đã sửa" });
        var next = await host.IssueAsync("DVA", "DS");

        Assert.Equal(issued.Id, again.Id);
        Assert.Equal(issued.Id, redrafted.Id);
        Assert.Equal((1, 1, 1), (issued.Number, again.Number, redrafted.Number));
        Assert.Contains("nội dung đã sửa", redrafted.Html, StringComparison.Ordinal);
        Assert.Contains("ngày 05 tháng 02 năm 2027", redrafted.Html, StringComparison.Ordinal);
        Assert.Equal(2, next.Number);
        await using var db = await host.Get<IDbContextFactory<DocumentsDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Documents.CountAsync(d => d.Key == "ke-hoach-2027:DVA"));
    }

    [Fact]
    public async Task Generate_Draft_LeavesTheNumberBlankAndTakesNoneFromTheRegister()
    {
        var draft = await host.IssueAsync("DVB", null);
        var issued = await host.IssueAsync("DVB", "TB");

        Assert.Null(draft.Number);
        Assert.Null(draft.IssuedAt);
        Assert.Equal("\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/TB-DVB", draft.NumberText);
        Assert.Equal(1, issued.Number);
    }

    [Fact]
    public async Task Generate_AtTheSameTime_GivesEveryDocumentItsOwnNumber()
    {
        var documents = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => host.IssueAsync("DVA", "QD"))));

        Assert.Equal(Enumerable.Range(1, 8), documents.Select(d => d.Number!.Value).Order());
    }

    [Fact]
    public async Task Generate_DateAndPlace_AreTheEngineClockInVietnamAndTheConfiguredOrGivenPlace()
    {
        var plain = await host.IssueAsync("DVA", null);
        var model = new Dictionary<string, object?>(DocumentHost.Sample()) { ["document"] = new Dictionary<string, object?> { ["place"] = "Ninh Kiều" } };
        var placed = await host.IssueAsync("DVA", null, model: model);

        Assert.Contains("Cần Thơ, ngày 05 tháng 02 năm 2027", plain.Html, StringComparison.Ordinal);
        Assert.Contains("Ninh Kiều, ngày 05 tháng 02 năm 2027", placed.Html, StringComparison.Ordinal);
        Assert.Contains("PHÒNG THỬ NGHIỆM A", plain.Html, StringComparison.Ordinal);
        Assert.Contains("SỞ GIÁM SÁT", plain.Html, StringComparison.Ordinal);
    }
}
