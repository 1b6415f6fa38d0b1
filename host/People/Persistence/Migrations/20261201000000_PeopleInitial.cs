using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CongVu.Host.People.Persistence.Migrations;

/// <summary>Identity's tables (schema version 1) with our user columns, and the organisation's units.</summary>
[DbContext(typeof(PeopleDbContext))]
[Migration("20261201000000_PeopleInitial")]
public sealed class PeopleInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Units", t => new
        {
            Id = t.Column<string>(nullable: false),
            Code = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            ParentUnitId = t.Column<string>(nullable: true),
            HeadUserId = t.Column<string>(nullable: true),
            Bloc = t.Column<string>(nullable: true),
            SupervisorUnitId = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Units", x => x.Id);
            t.ForeignKey("FK_Units_Units_ParentUnitId", x => x.ParentUnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Units_Units_SupervisorUnitId", x => x.SupervisorUnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
        });
        migrationBuilder.CreateIndex("IX_Units_Code", "Units", "Code", unique: true);
        migrationBuilder.CreateIndex("IX_Units_ParentUnitId", "Units", "ParentUnitId");
        migrationBuilder.CreateIndex("IX_Units_SupervisorUnitId", "Units", "SupervisorUnitId");
        migrationBuilder.CreateIndex("IX_Units_HeadUserId", "Units", "HeadUserId");

        migrationBuilder.CreateTable("AspNetRoles", t => new
        {
            Id = t.Column<string>(nullable: false),
            Name = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedName = t.Column<string>(maxLength: 256, nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AspNetRoles", x => x.Id));
        migrationBuilder.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true);

        migrationBuilder.CreateTable("AspNetUsers", t => new
        {
            Id = t.Column<string>(nullable: false),
            FullName = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: true),
            JobPosition = t.Column<string>(nullable: true),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedUserName = t.Column<string>(maxLength: 256, nullable: true),
            Email = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedEmail = t.Column<string>(maxLength: 256, nullable: true),
            EmailConfirmed = t.Column<bool>(nullable: false),
            PasswordHash = t.Column<string>(nullable: true),
            SecurityStamp = t.Column<string>(nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
            PhoneNumber = t.Column<string>(nullable: true),
            PhoneNumberConfirmed = t.Column<bool>(nullable: false),
            TwoFactorEnabled = t.Column<bool>(nullable: false),
            LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
            LockoutEnabled = t.Column<bool>(nullable: false),
            AccessFailedCount = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUsers", x => x.Id);
            t.ForeignKey("FK_AspNetUsers_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
        });
        migrationBuilder.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        migrationBuilder.CreateIndex("IX_AspNetUsers_UnitId", "AspNetUsers", "UnitId");

        CreateClaimsTable(migrationBuilder, "AspNetRoleClaims", "RoleId", "AspNetRoles");
        CreateClaimsTable(migrationBuilder, "AspNetUserClaims", "UserId", "AspNetUsers");

        migrationBuilder.CreateTable("AspNetUserLogins", t => new
        {
            LoginProvider = t.Column<string>(nullable: false),
            ProviderKey = t.Column<string>(nullable: false),
            ProviderDisplayName = t.Column<string>(nullable: true),
            UserId = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");

        migrationBuilder.CreateTable("AspNetUserRoles", t => new
        {
            UserId = t.Column<string>(nullable: false),
            RoleId = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
            t.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");

        migrationBuilder.CreateTable("AspNetUserTokens", t => new
        {
            UserId = t.Column<string>(nullable: false),
            LoginProvider = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Value = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "AspNetUserTokens", "AspNetUserRoles", "AspNetUserLogins", "AspNetUserClaims", "AspNetRoleClaims", "AspNetUsers", "AspNetRoles", "Units" })
            migrationBuilder.DropTable(table);
    }

    /// <summary>AspNetRoleClaims and AspNetUserClaims differ only in their owner.</summary>
    private static void CreateClaimsTable(MigrationBuilder migrationBuilder, string table, string ownerColumn, string ownerTable)
    {
        migrationBuilder.CreateTable(table, t => new
        {
            // SQLite's key annotation; a PostgreSQL build adds its identity annotation beside it.
            Id = t.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
            Owner = t.Column<string>(name: ownerColumn, nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey($"PK_{table}", x => x.Id);
            t.ForeignKey($"FK_{table}_{ownerTable}_{ownerColumn}", x => x.Owner, ownerTable, "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex($"IX_{table}_{ownerColumn}", table, ownerColumn);
    }
}
