using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanReportIntroduction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReportIntroduction",
                table: "AnnualPlans",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReportIntroductionAtUtc",
                table: "AnnualPlans",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportIntroductionBy",
                table: "AnnualPlans",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportIntroduction",
                table: "AnnualPlans");

            migrationBuilder.DropColumn(
                name: "ReportIntroductionAtUtc",
                table: "AnnualPlans");

            migrationBuilder.DropColumn(
                name: "ReportIntroductionBy",
                table: "AnnualPlans");
        }
    }
}
