using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // The names the pages showed until sectors became data an administrator edits.
            migrationBuilder.Sql("UPDATE Sectors SET Name = 'Центри за социјални рад', NameEnglish = 'Social work centres' WHERE Code = 'SocialWorkCentre'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = 'Комесаријат за избеглице и миграције', NameEnglish = 'Commissariat for Refugees and Migration' WHERE Code = 'RefugeeCommissariat'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = 'Полиција', NameEnglish = 'Police' WHERE Code = 'Police'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = 'Образовање', NameEnglish = 'Education' WHERE Code = 'School'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = 'Здравство', NameEnglish = 'Health' WHERE Code = 'Health'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = 'Инспекторат за рад', NameEnglish = 'Labour inspectorate' WHERE Code = 'LabourInspectorate'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = 'Невладине организације', NameEnglish = 'NGOs' WHERE Code = 'Ngo'");
            migrationBuilder.Sql("UPDATE Sectors SET Name = 'Центар (запослени)', NameEnglish = 'Centre (staff)' WHERE Code = 'Centre'");

            migrationBuilder.CreateTable(
                name: "ServedMunicipalities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false)
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
