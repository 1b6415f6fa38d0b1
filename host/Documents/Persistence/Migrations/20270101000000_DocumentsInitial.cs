using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CongVu.Host.Documents.Persistence.Migrations;

/// <summary>Documents, the per-unit, per-year registers, and the edited template versions.</summary>
[DbContext(typeof(DocumentsDbContext))]
[Migration("20270101000000_DocumentsInitial")]
public sealed class DocumentsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable("Documents", t => new
        {
            Id = t.Column<string>(nullable: false),
            Key = t.Column<string>(nullable: true),
            TemplateName = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Symbol = t.Column<string>(nullable: true),
            Number = t.Column<int>(nullable: true),
            NumberText = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Html = t.Column<string>(nullable: false),
            Docx = t.Column<byte[]>(nullable: false),
            ModelJson = t.Column<string>(nullable: false),
            InstanceId = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            IssuedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Documents", x => x.Id));
        migrationBuilder.CreateIndex("IX_Documents_Key", "Documents", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_Documents_UnitId_Year_Symbol_Number", "Documents", ["UnitId", "Year", "Symbol", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_Documents_InstanceId", "Documents", "InstanceId");

        migrationBuilder.CreateTable("DocumentNumbers", t => new
        {
            UnitId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Symbol = t.Column<string>(nullable: false),
            Next = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DocumentNumbers", x => new { x.UnitId, x.Year, x.Symbol }));

        migrationBuilder.CreateTable("TemplateVersions", t => new
        {
            Id = t.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
            Name = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Text = t.Column<string>(nullable: false),
            SavedBy = t.Column<string>(nullable: true),
            SavedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_TemplateVersions", x => x.Id));
        migrationBuilder.CreateIndex("IX_TemplateVersions_Kind_Name_Id", "TemplateVersions", ["Kind", "Name", "Id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "TemplateVersions", "DocumentNumbers", "Documents" }) migrationBuilder.DropTable(table);
    }
}
