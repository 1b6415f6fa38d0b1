using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CongVu.Engine.Persistence.Migrations;

/// <summary>Finds an activity execution's journal lines by its id (the studio's instance viewer asks for one by id).</summary>
[DbContext(typeof(EngineDbContext))]
[Migration("20261122010000_JournalByActivityExecution")]
public sealed class JournalByActivityExecution : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex("IX_Journal_ActivityContextId", "Journal", "ActivityContextId");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex("IX_Journal_ActivityContextId", "Journal");
}
