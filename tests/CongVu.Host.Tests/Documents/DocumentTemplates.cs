using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Documents;
using CongVu.Host.Documents.Rendering;
using CongVu.Host.Email;
using CongVu.Host.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>Where the templates are: the product's (templates/documents) and this folder's test template (thu-nghiem).</summary>
public static class DocumentTemplates
{
    public const string Repository = "repository", Test = "test", TestTemplate = "thu-nghiem";

    public static string RepositoryFolder => Path.Combine(RepositoryRoot.Find(), "templates", "documents");

    public static string TestFolder => Path.Combine(RepositoryRoot.Find(), "tests", "CongVu.Host.Tests", "Documents", "Templates");

    public static string Folder(string source) => source == Test ? TestFolder : RepositoryFolder;

    public static DocumentRenderer Renderer(string source, ITemplateOverrides? overrides = null) =>
        new(Options.Create(new DocumentOptions { TemplatesFolder = Folder(source) }), Options.Create(new TimeOptions()), overrides);

    /// <summary>Every template of templates/documents (none yet is fine) and the test template, so the theory always has data.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string> { { Test, TestTemplate } };
        foreach (var name in Renderer(Repository).Names) data.Add(Repository, name);
        return data;
    }
}
