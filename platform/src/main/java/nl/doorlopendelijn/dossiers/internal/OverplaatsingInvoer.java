package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** A request to move a dossier: the receiving region, its gemeente of koppeling, and why. */
@Schema(name = "OverplaatsingVerzoek")
record OverplaatsingInvoer(
    @Schema(description = "De regio (slug) die het dossier overneemt", example = "noordoost-brabant") String regio,
    @Schema(description = "CBS-code van de gemeente van koppeling in die regio", example = "GM1721") String gemeente,
    @Schema(description = "Waarom (1 tot 500 tekens); geen persoonsgegevens",
        example = "Gekoppeld aan een gemeente buiten onze regio") String reden) {
  @Override
  public String toString() {
    return "OverplaatsingVerzoek[" + regio + ", " + gemeente + "]";
  }
}
