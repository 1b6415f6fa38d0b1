using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>A template that does not compile, render or convert is refused with its line and a Vietnamese reason.</summary>
public sealed class TemplateCheckTests
{
    private static string Original => File.ReadAllText(Path.Combine(DocumentTemplates.TestFolder, "thu-nghiem.html.hbs"));

    /// <summary>The test template with line <paramref name="line"/> (1-based) replaced.</summary>
    public static string WithLine(int line, string text)
    {
        var lines = Original.Split('\n');
        lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    [Theory]
    [InlineData(13, "{{#if intro}}<p>{{intro}}</p>", 13, "{{#if}}")]
    [InlineData(19, "<li>{{this}}</li>{{/if}}", 19, "{{/if}}")]
    [InlineData(15, "<p>{{intro}} <div>khối</div></p>", 15, "<div>")]
    [InlineData(13, "<p class=\"summary\">{{shout subject}}</p>", 13, "shout")]
    [InlineData(32, "{{> khong-co}}", 32, "khong-co")]
    [InlineData(12, "<p class=\"doc-type\">Thông báo {{subject}", 12, "Handlebars")]
    [InlineData(13, "<section><p>{{subject}}</section>", 13, "<p>")]
    [InlineData(13, "<p class=\"summary\">Về việc<br>{{subject}}</p>", 13, "<br/>")]
    [InlineData(12, "<p class=\"doc-type\">Thông báo R&D</p>", 12, "&amp;")]
    public void Check_BrokenTemplate_IsRefusedWithLineAndReason(int line, string text, int expectedLine, string reasonPart)
    {
        var check = DocumentTemplates.Renderer(DocumentTemplates.Test).Check(DocumentTemplates.TestTemplate, WithLine(line, text));

        Assert.False(check.Succeeded);
        Assert.Equal(expectedLine, check.Line);
        Assert.Contains(reasonPart, check.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"Dòng {expectedLine}: ", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TextOutsideTheArticle_IsRefused()
    {
        var check = DocumentTemplates.Renderer(DocumentTemplates.Test).Check(DocumentTemplates.TestTemplate, "<p>Không có article</p>");

        Assert.False(check.Succeeded);
        Assert.Contains("<article class=\"nd30\">", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GoodTemplate_RendersTheSample()
    {
        var check = DocumentTemplates.Renderer(DocumentTemplates.Test).Check(DocumentTemplates.TestTemplate, Original);

        Assert.True(check.Succeeded, check.Message);
        Assert.Contains("SỞ THỬ NGHIỆM", check.Document!.Html, StringComparison.Ordinal);
        Assert.NotEmpty(check.Document.Docx);
    }
}
