package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** "Niet van ons": why the receiving region does not take the dossier. */
@Schema(name = "OverplaatsingWeigering")
record WeigeringInvoer(@Schema(description = "Waarom niet (1 tot 500 tekens); geen persoonsgegevens",
    example = "Deze gemeente hoort niet bij onze regio") String reden) {
  @Override
  public String toString() {
    return "OverplaatsingWeigering[***]";
  }
}
