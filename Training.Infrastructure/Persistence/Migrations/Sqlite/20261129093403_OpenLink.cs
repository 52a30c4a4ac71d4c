using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OpenLinkHash",
                table: "Sessions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_OpenLinkHash",
                table: "Sessions",
                column: "OpenLinkHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_OpenLinkHash",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "OpenLinkHash",
                table: "Sessions");
        }
    }
}
