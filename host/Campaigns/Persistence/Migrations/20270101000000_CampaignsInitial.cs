using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CongVu.Host.Campaigns.Persistence.Migrations;

/// <summary>Campaigns and their per-unit submissions.</summary>
[DbContext(typeof(CampaignsDbContext))]
[Migration("20270101000000_CampaignsInitial")]
public sealed class CampaignsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable("Campaigns", t => new
        {
            Id = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Period = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            DueDate = t.Column<DateOnly>(nullable: false),
            Bloc = t.Column<string>(nullable: true),
            OpenedAt = t.Column<DateTime>(nullable: false),
            InstanceId = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Campaigns", x => x.Id));
        migrationBuilder.CreateIndex("IX_Campaigns_Kind_Year", "Campaigns", ["Kind", "Year"]);

        migrationBuilder.CreateTable("CampaignSubmissions", t => new
        {
            CampaignId = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            UnitCode = t.Column<string>(nullable: false),
            UnitName = t.Column<string>(nullable: false),
            Bloc = t.Column<string>(nullable: true),
            SupervisorUnitId = t.Column<string>(nullable: true),
            Status = t.Column<string>(nullable: false),
            SubmittedAt = t.Column<DateTime>(nullable: true),
            ApprovedAt = t.Column<DateTime>(nullable: true),
            OnTime = t.Column<bool>(nullable: true),
            DocumentId = t.Column<string>(nullable: true),
            Data = t.Column<string>(nullable: true),
            InstanceId = t.Column<string>(nullable: true),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_CampaignSubmissions", x => new { x.CampaignId, x.UnitId });
            t.ForeignKey("FK_CampaignSubmissions_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_CampaignSubmissions_CampaignId_SupervisorUnitId", "CampaignSubmissions", ["CampaignId", "SupervisorUnitId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("CampaignSubmissions");
        migrationBuilder.DropTable("Campaigns");
    }
}
