using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SeatQuotas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SeatQuotaId",
                table: "Invitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SeatQuotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    FocalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FocalEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeatQuotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeatQuotas_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeatQuotas_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_SeatQuotaId",
                table: "Invitations",
                column: "SeatQuotaId");

            migrationBuilder.CreateIndex(
                name: "IX_SeatQuotas_OrganisationId",
                table: "SeatQuotas",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SeatQuotas_SessionId_OrganisationId",
                table: "SeatQuotas",
                columns: new[] { "SessionId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeatQuotas_TokenHash",
                table: "SeatQuotas",
                column: "TokenHash",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Invitations_SeatQuotas_SeatQuotaId",
                table: "Invitations",
                column: "SeatQuotaId",
                principalTable: "SeatQuotas",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invitations_SeatQuotas_SeatQuotaId",
                table: "Invitations");

            migrationBuilder.DropTable(
                name: "SeatQuotas");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_SeatQuotaId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "SeatQuotaId",
                table: "Invitations");
        }
    }
}
