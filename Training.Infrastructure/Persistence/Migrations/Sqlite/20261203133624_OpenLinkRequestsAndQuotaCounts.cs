using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenLinkRequestsAndQuotaCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "RegistrationOpensOn",
                table: "Sessions",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            migrationBuilder.AddColumn<int>(
                name: "Nominated",
                table: "SeatQuotas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CalendarKey",
                table: "Registrations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "ViaOpenLink",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Calendar entries already sent keep their UIDs; quotas count the nominations already made.
            migrationBuilder.Sql("UPDATE Registrations SET CalendarKey = substr(TokenHash, 1, 16)");
            migrationBuilder.Sql("UPDATE SeatQuotas SET Nominated = (SELECT COUNT(*) FROM Invitations WHERE Invitations.SeatQuotaId = SeatQuotas.Id)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Nominated",
                table: "SeatQuotas");

            migrationBuilder.DropColumn(
                name: "CalendarKey",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "ViaOpenLink",
                table: "Invitations");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "RegistrationOpensOn",
                table: "Sessions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
