using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileName",
                table: "TaskEvidence",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sha256",
                table: "TaskEvidence",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Size",
                table: "TaskEvidence",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StoredName",
                table: "TaskEvidence",
                type: "TEXT",
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
