using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanFulfilment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attendance_SessionId_ParticipantId",
                table: "Attendance");

            migrationBuilder.AddColumn<int>(
                name: "Minutes",
                table: "SessionDays",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Days saved before the column existed get their length from their times.
            migrationBuilder.Sql("UPDATE [SessionDays] SET [Minutes] = DATEDIFF(minute, [Start], [End]);");

            migrationBuilder.AddColumn<string>(
                name: "Progress",
                table: "PlanActivities",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "Attendance",
                type: "int",
                nullable: true);

            // Attendance recorded before the column existed takes the person's institution as it is now.
            migrationBuilder.Sql("UPDATE [Attendance] SET [OrganisationId] = (SELECT p.[OrganisationId] FROM [Participants] p WHERE p.[Id] = [Attendance].[ParticipantId]);");

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAtUtc",
                table: "AnnualPlans",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "AnnualPlans",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActivityEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanActivityId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityEvidence_PlanActivities_PlanActivityId",
                        column: x => x.PlanActivityId,
                        principalTable: "PlanActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanReopening",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AnnualPlanId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ReopenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ReopenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReopening", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReopening_AnnualPlans_AnnualPlanId",
                        column: x => x.AnnualPlanId,
                        principalTable: "AnnualPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_OrganisationId",
                table: "Attendance",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_SessionId_Mark_ParticipantId_OrganisationId",
                table: "Attendance",
                columns: new[] { "SessionId", "Mark", "ParticipantId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityEvidence_PlanActivityId",
                table: "ActivityEvidence",
                column: "PlanActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReopening_AnnualPlanId",
                table: "PlanReopening",
                column: "AnnualPlanId");

            migrationBuilder.AddForeignKey(
                name: "FK_Attendance_Organisations_OrganisationId",
                table: "Attendance",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attendance_Organisations_OrganisationId",
                table: "Attendance");

            migrationBuilder.DropTable(
                name: "ActivityEvidence");

            migrationBuilder.DropTable(
                name: "PlanReopening");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_OrganisationId",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_SessionId_Mark_ParticipantId_OrganisationId",
                table: "Attendance");

            migrationBuilder.DropColumn(
                name: "Minutes",
                table: "SessionDays");

            migrationBuilder.DropColumn(
                name: "Progress",
                table: "PlanActivities");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Attendance");

            migrationBuilder.DropColumn(
                name: "ApprovedAtUtc",
                table: "AnnualPlans");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "AnnualPlans");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_SessionId_ParticipantId",
                table: "Attendance",
                columns: new[] { "SessionId", "ParticipantId" });
        }
    }
}
