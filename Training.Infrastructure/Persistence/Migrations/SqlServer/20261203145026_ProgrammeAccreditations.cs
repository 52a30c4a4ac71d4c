using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProgrammeAccreditations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LicenceNumber",
                table: "Participants",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccreditationNumber",
                table: "Certificates",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccreditingBody",
                table: "Certificates",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "AttendedHours",
                table: "Certificates",
                type: "decimal(6,2)",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LicenceNumber",
                table: "Certificates",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "Certificates",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Points",
                table: "Certificates",
                type: "decimal(6,2)",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SessionTitle",
                table: "Certificates",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccreditingBodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Abbreviation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AsksLicenceNumber = table.Column<bool>(type: "bit", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccreditingBodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeAccreditations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgrammeId = table.Column<int>(type: "int", nullable: false),
                    AccreditingBodyId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    AccreditedTitle = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ParticipantPoints = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    TrainerPoints = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    AudienceSectorCodes = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeAccreditations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeAccreditations_AccreditingBodies_AccreditingBodyId",
                        column: x => x.AccreditingBodyId,
                        principalTable: "AccreditingBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeAccreditations_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccreditingBodies_Code",
                table: "AccreditingBodies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAccreditations_AccreditingBodyId",
                table: "ProgrammeAccreditations",
                column: "AccreditingBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAccreditations_ProgrammeId_AccreditingBodyId_Number",
                table: "ProgrammeAccreditations",
                columns: new[] { "ProgrammeId", "AccreditingBodyId", "Number" },
                unique: true);

            // A programme's single accreditation, until now always by the Republic Institute for Social Protection, becomes
            // its first accreditation; the Institute's row is the one the reference data would add (same code).
            migrationBuilder.Sql(@"INSERT INTO AccreditingBodies (Code, Name, Abbreviation, AsksLicenceNumber, SortOrder)
SELECT 'SocialProtection', N'Републички завод за социјалну заштиту', N'РЗСЗ', 1, 0
WHERE EXISTS (SELECT 1 FROM Programmes WHERE AccreditationNumber IS NOT NULL);");
            migrationBuilder.Sql(@"INSERT INTO ProgrammeAccreditations (ProgrammeId, AccreditingBodyId, Number, ParticipantPoints, AudienceSectorCodes)
SELECT p.Id, b.Id, p.AccreditationNumber, COALESCE(p.AccreditationPoints, 0), ''
FROM Programmes p JOIN AccreditingBodies b ON b.Code = 'SocialProtection'
WHERE p.AccreditationNumber IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "AccreditationNumber",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "AccreditationPoints",
                table: "Programmes");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgrammeAccreditations");

            migrationBuilder.DropTable(
                name: "AccreditingBodies");

            migrationBuilder.DropColumn(
                name: "LicenceNumber",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "AccreditationNumber",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "AccreditingBody",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "AttendedHours",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "LicenceNumber",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "Points",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "SessionTitle",
                table: "Certificates");

            migrationBuilder.AddColumn<string>(
                name: "AccreditationNumber",
                table: "Programmes",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "AccreditationPoints",
                table: "Programmes",
                type: "decimal(6,2)",
                precision: 6,
                scale: 2,
                nullable: true);
        }
    }
}
