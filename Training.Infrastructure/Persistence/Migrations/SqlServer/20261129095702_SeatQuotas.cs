using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SeatQuotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SessionId = table.Column<int>(type: "int", nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Seats = table.Column<int>(type: "int", nullable: false),
                    FocalName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FocalEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    Culture = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
