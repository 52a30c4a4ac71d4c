using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TaskEvidenceFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "TaskEvidence",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileName",
                table: "TaskEvidence",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sha256",
                table: "TaskEvidence",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Size",
                table: "TaskEvidence",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StoredName",
                table: "TaskEvidence",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentType",
                table: "TaskEvidence");

            migrationBuilder.DropColumn(
                name: "FileName",
                table: "TaskEvidence");

            migrationBuilder.DropColumn(
                name: "Sha256",
                table: "TaskEvidence");

            migrationBuilder.DropColumn(
                name: "Size",
                table: "TaskEvidence");

            migrationBuilder.DropColumn(
                name: "StoredName",
                table: "TaskEvidence");
        }
    }
}
