using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EvaluationAnswerDayOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "SubmittedAtUtc",
                table: "Responses",
                newName: "SubmittedOn");

            migrationBuilder.RenameColumn(
                name: "AnsweredAtUtc",
                table: "EvaluationInvites",
                newName: "AnsweredOn");

            // The day stays; the time of day, which could join an anonymous response to its author, goes.
            migrationBuilder.Sql("UPDATE \"Responses\" SET \"SubmittedOn\" = substr(\"SubmittedOn\", 1, 10);");
            migrationBuilder.Sql("UPDATE \"EvaluationInvites\" SET \"AnsweredOn\" = substr(\"AnsweredOn\", 1, 10) WHERE \"AnsweredOn\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "SubmittedOn",
                table: "Responses",
                newName: "SubmittedAtUtc");

            migrationBuilder.RenameColumn(
                name: "AnsweredOn",
                table: "EvaluationInvites",
                newName: "AnsweredAtUtc");
        }
    }
}
