using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PartnerTrainingsAndSecondActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AlsoPlanActivityId",
                table: "Sessions",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnerTrainings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanActivityId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Organiser = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Place = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerTrainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerTrainings_PlanActivities_PlanActivityId",
                        column: x => x.PlanActivityId,
                        principalTable: "PlanActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerHeadcount",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PartnerTrainingId = table.Column<int>(type: "int", nullable: false),
                    SectorCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerHeadcount", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerHeadcount_PartnerTrainings_PartnerTrainingId",
                        column: x => x.PartnerTrainingId,
                        principalTable: "PartnerTrainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerTrainer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PartnerTrainingId = table.Column<int>(type: "int", nullable: false),
                    TrainerId = table.Column<int>(type: "int", nullable: false),
                    Hours = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerTrainer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerTrainer_PartnerTrainings_PartnerTrainingId",
                        column: x => x.PartnerTrainingId,
                        principalTable: "PartnerTrainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnerTrainer_Trainers_TrainerId",
                        column: x => x.TrainerId,
                        principalTable: "Trainers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_AlsoPlanActivityId",
                table: "Sessions",
                column: "AlsoPlanActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerHeadcount_PartnerTrainingId_SectorCode",
                table: "PartnerHeadcount",
                columns: new[] { "PartnerTrainingId", "SectorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerTrainer_PartnerTrainingId_TrainerId",
                table: "PartnerTrainer",
                columns: new[] { "PartnerTrainingId", "TrainerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerTrainer_TrainerId",
                table: "PartnerTrainer",
                column: "TrainerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerTrainings_FirstDay",
                table: "PartnerTrainings",
                column: "FirstDay");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerTrainings_PlanActivityId",
                table: "PartnerTrainings",
                column: "PlanActivityId");

            migrationBuilder.AddForeignKey(
                name: "FK_Sessions_PlanActivities_AlsoPlanActivityId",
                table: "Sessions",
                column: "AlsoPlanActivityId",
                principalTable: "PlanActivities",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Sessions_PlanActivities_AlsoPlanActivityId",
                table: "Sessions");

            migrationBuilder.DropTable(
                name: "PartnerHeadcount");

            migrationBuilder.DropTable(
                name: "PartnerTrainer");

            migrationBuilder.DropTable(
                name: "PartnerTrainings");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_AlsoPlanActivityId",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "AlsoPlanActivityId",
                table: "Sessions");
        }
    }
}
