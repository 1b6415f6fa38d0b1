using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CongVu.Engine.Persistence.Migrations;

/// <summary>The first schema. Column types are left to the provider so SQLite and PostgreSQL share the migration.</summary>
[DbContext(typeof(EngineDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Definitions", t => new
        {
            Id = t.Column<string>(nullable: false),
            DefinitionId = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: true),
            IsLatest = t.Column<bool>(nullable: false),
            IsPublished = t.Column<bool>(nullable: false),
            IsSystem = t.Column<bool>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            Data = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Definitions", x => x.Id));
        migrationBuilder.CreateIndex("IX_Definitions_DefinitionId_Version", "Definitions", ["DefinitionId", "Version"], unique: true);
        migrationBuilder.CreateIndex("IX_Definitions_Name", "Definitions", "Name");

        migrationBuilder.CreateTable("Instances", t => new
        {
            Id = t.Column<string>(nullable: false),
            DefinitionId = t.Column<string>(nullable: false),
            DefinitionVersionId = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Status = t.Column<string>(nullable: false),
            SubStatus = t.Column<string>(nullable: false),
            CorrelationId = t.Column<string>(nullable: true),
            Name = t.Column<string>(nullable: true),
            ParentInstanceId = t.Column<string>(nullable: true),
            IncidentCount = t.Column<int>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            FinishedAt = t.Column<DateTime>(nullable: true),
            Revision = t.Column<long>(nullable: false),
            State = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Instances", x => x.Id));
        migrationBuilder.CreateIndex("IX_Instances_DefinitionId", "Instances", "DefinitionId");
        migrationBuilder.CreateIndex("IX_Instances_CorrelationId", "Instances", "CorrelationId");
        migrationBuilder.CreateIndex("IX_Instances_SubStatus_CreatedAt", "Instances", ["SubStatus", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_Instances_CreatedAt", "Instances", "CreatedAt");

        migrationBuilder.CreateTable("Bookmarks", t => new
        {
            Id = t.Column<string>(nullable: false),
            InstanceId = t.Column<string>(nullable: false),
            ActivityType = t.Column<string>(nullable: false),
            Hash = t.Column<string>(nullable: false),
            ActivityId = t.Column<string>(nullable: false),
            ActivityNodeId = t.Column<string>(nullable: false),
            ContextId = t.Column<string>(nullable: false),
            CorrelationId = t.Column<string>(nullable: true),
            Payload = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Bookmarks", x => x.Id));
        migrationBuilder.CreateIndex("IX_Bookmarks_ActivityType_Hash", "Bookmarks", ["ActivityType", "Hash"]);
        migrationBuilder.CreateIndex("IX_Bookmarks_InstanceId", "Bookmarks", "InstanceId");

        migrationBuilder.CreateTable("Triggers", t => new
        {
            Id = t.Column<string>(nullable: false),
            DefinitionId = t.Column<string>(nullable: false),
            DefinitionVersionId = t.Column<string>(nullable: false),
            ActivityId = t.Column<string>(nullable: false),
            ActivityNodeId = t.Column<string>(nullable: false),
            ActivityType = t.Column<string>(nullable: false),
            Hash = t.Column<string>(nullable: true),
            Payload = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Triggers", x => x.Id));
        migrationBuilder.CreateIndex("IX_Triggers_ActivityType_Hash", "Triggers", ["ActivityType", "Hash"]);
        migrationBuilder.CreateIndex("IX_Triggers_DefinitionId", "Triggers", "DefinitionId");

        migrationBuilder.CreateTable("ScheduledWork", t => new
        {
            Id = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            DueAt = t.Column<DateTime>(nullable: false),
            InstanceId = t.Column<string>(nullable: true),
            BookmarkId = t.Column<string>(nullable: true),
            DefinitionId = t.Column<string>(nullable: true),
            DefinitionVersionId = t.Column<string>(nullable: true),
            ActivityId = t.Column<string>(nullable: true),
            Payload = t.Column<string>(nullable: true),
            Attempts = t.Column<int>(nullable: false),
            LastError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ScheduledWork", x => x.Id));
        migrationBuilder.CreateIndex("IX_ScheduledWork_DueAt", "ScheduledWork", "DueAt");
        migrationBuilder.CreateIndex("IX_ScheduledWork_InstanceId", "ScheduledWork", "InstanceId");
        migrationBuilder.CreateIndex("IX_ScheduledWork_DefinitionId", "ScheduledWork", "DefinitionId");

        migrationBuilder.CreateTable("Journal", t => new
        {
            Id = t.Column<string>(nullable: false),
            InstanceId = t.Column<string>(nullable: false),
            Sequence = t.Column<long>(nullable: false),
            Timestamp = t.Column<DateTime>(nullable: false),
            ActivityId = t.Column<string>(nullable: false),
            ActivityNodeId = t.Column<string>(nullable: false),
            ActivityType = t.Column<string>(nullable: false),
            ActivityContextId = t.Column<string>(nullable: false),
            EventName = t.Column<string>(nullable: false),
            Message = t.Column<string>(nullable: true),
            Payload = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Journal", x => x.Id));
        migrationBuilder.CreateIndex("IX_Journal_InstanceId_Sequence", "Journal", ["InstanceId", "Sequence"]);

        migrationBuilder.CreateTable("Incidents", t => new
        {
            Id = t.Column<string>(nullable: false),
            InstanceId = t.Column<string>(nullable: false),
            ActivityId = t.Column<string>(nullable: false),
            ActivityType = t.Column<string>(nullable: false),
            Message = t.Column<string>(nullable: false),
            ExceptionType = t.Column<string>(nullable: true),
            StackTrace = t.Column<string>(nullable: true),
            Timestamp = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Incidents", x => x.Id));
        migrationBuilder.CreateIndex("IX_Incidents_InstanceId", "Incidents", "InstanceId");

        migrationBuilder.CreateTable("ResumeKeys", t => new
        {
            Key = t.Column<string>(nullable: false),
            InstanceId = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ResumeKeys", x => x.Key));

        migrationBuilder.CreateTable("CalendarDays", t => new
        {
            Date = t.Column<DateOnly>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CalendarDays", x => x.Date));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "CalendarDays", "ResumeKeys", "Incidents", "Journal", "ScheduledWork", "Triggers", "Bookmarks", "Instances", "Definitions" })
            migrationBuilder.DropTable(table);
    }
}
