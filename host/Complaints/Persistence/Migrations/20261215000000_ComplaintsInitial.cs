using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CongVu.Host.Complaints.Persistence.Migrations;

/// <summary>Cases, reporters (kept apart from the cases), extensions, attachments and history.</summary>
[DbContext(typeof(ComplaintsDbContext))]
[Migration("20261215000000_ComplaintsInitial")]
public sealed class ComplaintsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable("Complaints", t => new
        {
            Id = t.Column<string>(nullable: false),
            TrackingCode = t.Column<string>(nullable: false),
            Channel = t.Column<string>(nullable: false),
            ReceivedAt = t.Column<DateTime>(nullable: false),
            ReceivingUnitId = t.Column<string>(nullable: true),
            EnteredBy = t.Column<string>(nullable: true),
            Subject = t.Column<string>(nullable: false),
            Content = t.Column<string>(nullable: false),
            Category = t.Column<string>(nullable: true),
            IsComplex = t.Column<bool>(nullable: false),
            UnitId = t.Column<string>(nullable: true),
            Status = t.Column<string>(nullable: false),
            AcceptedAt = t.Column<DateTime>(nullable: true),
            DueAt = t.Column<DateTime>(nullable: true),
            SupplementRequestedAt = t.Column<DateTime>(nullable: true),
            SupplementRequestKey = t.Column<string>(nullable: true),
            SupplementRequest = t.Column<string>(nullable: true),
            SupplementDueAt = t.Column<DateTime>(nullable: true),
            SupplementReceivedAt = t.Column<DateTime>(nullable: true),
            OfficerUserId = t.Column<string>(nullable: true),
            Findings = t.Column<string>(nullable: true),
            Resolution = t.Column<string>(nullable: true),
            AtFault = t.Column<bool>(nullable: false),
            ReceiptDocumentId = t.Column<string>(nullable: true),
            ReceiptHtml = t.Column<string>(nullable: true),
            AnswerDocumentId = t.Column<string>(nullable: true),
            AnswerNumber = t.Column<string>(nullable: true),
            AnsweredAt = t.Column<DateTime>(nullable: true),
            PublishedAt = t.Column<DateTime>(nullable: true),
            PublishedSummary = t.Column<string>(nullable: true),
            InstanceId = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Complaints", x => x.Id));
        migrationBuilder.CreateIndex("IX_Complaints_TrackingCode", "Complaints", "TrackingCode", unique: true);
        migrationBuilder.CreateIndex("IX_Complaints_InstanceId", "Complaints", "InstanceId");
        migrationBuilder.CreateIndex("IX_Complaints_UnitId_ReceivedAt", "Complaints", ["UnitId", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_Complaints_ReceivingUnitId_ReceivedAt", "Complaints", ["ReceivingUnitId", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_Complaints_ReceivedAt", "Complaints", "ReceivedAt");

        migrationBuilder.CreateTable("ComplaintReporters", t => new
        {
            ComplaintId = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Phone = t.Column<string>(nullable: true),
            Email = t.Column<string>(nullable: true),
            Address = t.Column<string>(nullable: true),
            WantsAnonymity = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ComplaintReporters", x => x.ComplaintId);
            t.ForeignKey("FK_ComplaintReporters_Complaints_ComplaintId", x => x.ComplaintId, "Complaints", "Id", onDelete: ReferentialAction.Cascade);
        });

        migrationBuilder.CreateTable("ComplaintExtensions", t => new
        {
            Id = t.Column<string>(nullable: false),
            ComplaintId = t.Column<string>(nullable: false),
            PreviousDueAt = t.Column<DateTime>(nullable: false),
            NewDueAt = t.Column<DateTime>(nullable: false),
            Reason = t.Column<string>(nullable: false),
            ByUserId = t.Column<string>(nullable: true),
            At = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ComplaintExtensions", x => x.Id);
            t.ForeignKey("FK_ComplaintExtensions_Complaints_ComplaintId", x => x.ComplaintId, "Complaints", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_ComplaintExtensions_ComplaintId", "ComplaintExtensions", "ComplaintId");

        migrationBuilder.CreateTable("ComplaintAttachments", t => new
        {
            Id = t.Column<string>(nullable: false),
            ComplaintId = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Size = t.Column<long>(nullable: false),
            ContentType = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            UploadedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ComplaintAttachments", x => x.Id);
            t.ForeignKey("FK_ComplaintAttachments_Complaints_ComplaintId", x => x.ComplaintId, "Complaints", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_ComplaintAttachments_ComplaintId", "ComplaintAttachments", "ComplaintId");

        migrationBuilder.CreateTable("ComplaintEvents", t => new
        {
            Id = t.Column<string>(nullable: false),
            ComplaintId = t.Column<string>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Text = t.Column<string>(nullable: false),
            UserId = t.Column<string>(nullable: true),
            IsPublic = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ComplaintEvents", x => x.Id);
            t.ForeignKey("FK_ComplaintEvents_Complaints_ComplaintId", x => x.ComplaintId, "Complaints", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_ComplaintEvents_ComplaintId_At", "ComplaintEvents", ["ComplaintId", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "ComplaintEvents", "ComplaintAttachments", "ComplaintExtensions", "ComplaintReporters", "Complaints" })
            migrationBuilder.DropTable(table);
    }
}
