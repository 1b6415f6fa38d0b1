using CongVu.Host.People.Import;
using Xunit;

namespace CongVu.Host.Tests.Inbox;

public sealed class CsvTextTests
{
    [Fact]
    public void Parse_QuotedCommasQuotesAndLineBreaks_CrLfAndLf_BomAndBlankLines()
    {
        var text = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\", z \r\n\r\n\"two\r\nlines\",,\"\"\nlast,1,2";
        var (records, error) = CsvText.Parse(text);

        Assert.Null(error);
        Assert.Equal([1, 2, 4, 6], records.Select(r => r.Line));
        Assert.Equal(["a", "b", "c"], records[0].Fields);
        Assert.Equal(["x, y", "say \"hi\"", "z"], records[1].Fields);
        Assert.Equal(["two\nlines", "", ""], records[2].Fields);
        Assert.Equal(["last", "1", "2"], records[3].Fields);
    }

    [Theory]
    [InlineData("a,b\r\n\"open,x\r\n", 2, "Thiếu dấu ngoặc kép đóng cho ô bắt đầu ở dòng 2.")]
    [InlineData("a,b\nx\"y,z\n", 2, "Dấu ngoặc kép chỉ được dùng để bao quanh cả ô dữ liệu.")]
    [InlineData("a,b\n\"x\"y,z\n", 2, "Sau dấu ngoặc kép đóng phải là dấu phẩy hoặc xuống dòng.")]
    public void Parse_BrokenQuoting_ReportsTheLine(string text, int line, string message)
    {
        var (_, error) = CsvText.Parse(text);
        Assert.Equal((line, message), error);
    }

    [Fact]
    public void Table_RowWithTooFewColumns_IsReportedWithItsLine()
    {
        var problems = new List<ImportProblem>();
        var rows = CsvTable.Read("ma_don_vi,ten_don_vi,ma_don_vi_cha,khoi,ma_don_vi_giam_sat\nA,B,,,\nC,D\n", "Tệp đơn vị", UnitRows.Columns, problems);
        Assert.Single(rows);
        Assert.Equal(new ImportProblem("Tệp đơn vị", 3, null, "Dòng có 2 cột, dòng tiêu đề có 5 cột."), Assert.Single(problems));
    }
}
