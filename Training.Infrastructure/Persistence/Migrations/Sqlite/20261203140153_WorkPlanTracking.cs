using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkPlanTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CountRealised",
                table: "PlanTask",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountTarget",
                table: "PlanTask",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DropReason",
                table: "PlanTask",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DueQuarter",
                table: "PlanTask",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Responsible",
                table: "PlanTask",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "PlanTask",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "NotStarted");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "PlanTask",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "PlanTask",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssessedAtUtc",
                table: "PlanOutcome",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessedBy",
                table: "PlanOutcome",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Assessment",
                table: "PlanOutcome",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "NotYetDue");

            migrationBuilder.AddColumn<string>(
                name: "AssessmentEvidence",
                table: "PlanOutcome",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Justification",
                table: "PlanOutcome",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CommentReviewedAtUtc",
                table: "PlanActivities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommentReviewedBy",
                table: "PlanActivities",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Commentary",
                table: "PlanActivities",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CommentedAtUtc",
                table: "PlanActivities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommentedBy",
                table: "PlanActivities",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProgressReportedAtUtc",
                table: "PlanActivities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProgressReportedBy",
                table: "PlanActivities",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TaskEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanTaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskEvidence_PlanTask_PlanTaskId",
                        column: x => x.PlanTaskId,
                        principalTable: "PlanTask",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskEvidence_PlanTaskId",
                table: "TaskEvidence",
                column: "PlanTaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TaskEvidence");

            migrationBuilder.DropColumn(
                name: "CountRealised",
                table: "PlanTask");

            migrationBuilder.DropColumn(
                name: "CountTarget",
                table: "PlanTask");

            migrationBuilder.DropColumn(
                name: "DropReason",
                table: "PlanTask");

            migrationBuilder.DropColumn(
                name: "DueQuarter",
                table: "PlanTask");

            migrationBuilder.DropColumn(
                name: "Responsible",
                table: "PlanTask");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "PlanTask");

            migrationBuilder.DropColumn(
                name: "UpdatedAtUtc",
                table: "PlanTask");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "PlanTask");

            migrationBuilder.DropColumn(
                name: "AssessedAtUtc",
                table: "PlanOutcome");

            migrationBuilder.DropColumn(
                name: "AssessedBy",
                table: "PlanOutcome");

            migrationBuilder.DropColumn(
                name: "Assessment",
                table: "PlanOutcome");

            migrationBuilder.DropColumn(
                name: "AssessmentEvidence",
                table: "PlanOutcome");

            migrationBuilder.DropColumn(
                name: "Justification",
                table: "PlanOutcome");

            migrationBuilder.DropColumn(
                name: "CommentReviewedAtUtc",
                table: "PlanActivities");

            migrationBuilder.DropColumn(
                name: "CommentReviewedBy",
                table: "PlanActivities");

            migrationBuilder.DropColumn(
                name: "Commentary",
                table: "PlanActivities");

            migrationBuilder.DropColumn(
                name: "CommentedAtUtc",
                table: "PlanActivities");

            migrationBuilder.DropColumn(
                name: "CommentedBy",
                table: "PlanActivities");

            migrationBuilder.DropColumn(
                name: "ProgressReportedAtUtc",
                table: "PlanActivities");

            migrationBuilder.DropColumn(
                name: "ProgressReportedBy",
                table: "PlanActivities");
        }
    }
}
