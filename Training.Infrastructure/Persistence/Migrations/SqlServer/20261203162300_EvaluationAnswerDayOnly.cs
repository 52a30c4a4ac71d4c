using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EvaluationAnswerDayOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Renamed and narrowed to the day in place: the marks that someone answered are kept (they stop a second
            // answer); the time of day, which could join an anonymous response to its author, goes.
            migrationBuilder.RenameColumn(
                name: "SubmittedAtUtc",
                table: "Responses",
                newName: "SubmittedOn");

            migrationBuilder.RenameColumn(
                name: "AnsweredAtUtc",
                table: "EvaluationInvites",
                newName: "AnsweredOn");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "SubmittedOn",
                table: "Responses",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateTime),
                oldType: "datetime2");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "AnsweredOn",
                table: "EvaluationInvites",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateTime>(
                name: "SubmittedOn",
                table: "Responses",
                type: "datetime2",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<DateTime>(
                name: "AnsweredOn",
                table: "EvaluationInvites",
                type: "datetime2",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

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
