using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CongVu.Engine.Persistence.Migrations;

/// <summary>Human tasks with their history, and the transactional outbox.</summary>
[DbContext(typeof(EngineDbContext))]
[Migration("20261122000000_HumanTasksAndOutbox")]
public sealed class HumanTasksAndOutbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("HumanTasks", t => new
        {
            Id = t.Column<string>(nullable: false),
            InstanceId = t.Column<string>(nullable: false),
            DefinitionId = t.Column<string>(nullable: false),
            ActivityId = t.Column<string>(nullable: false),
            ActivityNodeId = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: true),
            Status = t.Column<string>(nullable: false),
            AssigneeUserId = t.Column<string>(nullable: true),
            CandidateUsers = t.Column<string>(nullable: true),
            ExcludedUsers = t.Column<string>(nullable: true),
            UnitId = t.Column<string>(nullable: true),
            SubmitterUserId = t.Column<string>(nullable: true),
            Priority = t.Column<int>(nullable: false),
            DueAt = t.Column<DateTime>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            CompletedAt = t.Column<DateTime>(nullable: true),
            CompletedBy = t.Column<string>(nullable: true),
            Outcome = t.Column<string>(nullable: true),
            Data = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_HumanTasks", x => x.Id));
        migrationBuilder.CreateIndex("IX_HumanTasks_AssigneeUserId_Status_DueAt", "HumanTasks", ["AssigneeUserId", "Status", "DueAt"]);
        migrationBuilder.CreateIndex("IX_HumanTasks_UnitId_Status_DueAt", "HumanTasks", ["UnitId", "Status", "DueAt"]);
        migrationBuilder.CreateIndex("IX_HumanTasks_Status_DueAt", "HumanTasks", ["Status", "DueAt"]);
        migrationBuilder.CreateIndex("IX_HumanTasks_InstanceId", "HumanTasks", "InstanceId");

        migrationBuilder.CreateTable("HumanTaskEvents", t => new
        {
            Id = t.Column<string>(nullable: false),
            TaskId = t.Column<string>(nullable: false),
            InstanceId = t.Column<string>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            UserId = t.Column<string>(nullable: true),
            Kind = t.Column<string>(nullable: false),
            Comment = t.Column<string>(nullable: true),
            Data = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_HumanTaskEvents", x => x.Id));
        migrationBuilder.CreateIndex("IX_HumanTaskEvents_TaskId_At", "HumanTaskEvents", ["TaskId", "At"]);
        migrationBuilder.CreateIndex("IX_HumanTaskEvents_UserId_At", "HumanTaskEvents", ["UserId", "At"]);

        migrationBuilder.CreateTable("Outbox", t => new
        {
            Id = t.Column<string>(nullable: false),
            Channel = t.Column<string>(nullable: false),
            DedupeKey = t.Column<string>(nullable: false),
            Payload = t.Column<string>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptAt = t.Column<DateTime>(nullable: false),
            LastError = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            SentAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Outbox", x => x.Id));
        migrationBuilder.CreateIndex("IX_Outbox_DedupeKey", "Outbox", "DedupeKey", unique: true);
        migrationBuilder.CreateIndex("IX_Outbox_Status_NextAttemptAt", "Outbox", ["Status", "NextAttemptAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Outbox");
        migrationBuilder.DropTable("HumanTaskEvents");
        migrationBuilder.DropTable("HumanTasks");
    }
}
