using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SectorsInThreeLanguagesAndServedMunicipalities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameEnglish",
                table: "Sectors",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // The names the pages showed until sectors became data an administrator edits.
            migrationBuilder.Sql("UPDATE Sectors SET Name = N'Центри за социјални рад', NameEnglish = 'Social work centres' WHERE Code = 'SocialWorkCentre'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = N'Комесаријат за избеглице и миграције', NameEnglish = 'Commissariat for Refugees and Migration' WHERE Code = 'RefugeeCommissariat'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = N'Полиција', NameEnglish = 'Police' WHERE Code = 'Police'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = N'Образовање', NameEnglish = 'Education' WHERE Code = 'School'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = N'Здравство', NameEnglish = 'Health' WHERE Code = 'Health'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = N'Инспекторат за рад', NameEnglish = 'Labour inspectorate' WHERE Code = 'LabourInspectorate'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = N'Невладине организације', NameEnglish = 'NGOs' WHERE Code = 'Ngo'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = N'Центар (запослени)', NameEnglish = 'Centre (staff)' WHERE Code = 'Centre'");

            migrationBuilder.CreateTable(
                name: "ServedMunicipalities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServedMunicipalities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServedMunicipalities_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServedMunicipalities_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServedMunicipalities_MunicipalityId",
                table: "ServedMunicipalities",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ServedMunicipalities_OrganisationId_MunicipalityId",
                table: "ServedMunicipalities",
                columns: new[] { "OrganisationId", "MunicipalityId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServedMunicipalities");

            migrationBuilder.DropColumn(
                name: "NameEnglish",
                table: "Sectors");
        }
    }
}
