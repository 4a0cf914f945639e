package nl.doorlopendelijn.directory.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.doorlopendelijn.directory.OrganisatieType;

/** The body of a create or (full) update of an organisation. */
@Schema(name = "OrganisatieInvoer")
record OrganisatieInvoer(
    @NotNull(message = "moet gemeente, azc, coa-regiokantoor of partner zijn") OrganisatieType type,
    @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens 200 tekens zijn") String naam,
    @Schema(description = "CBS-code (alleen bij type gemeente)")
    @Pattern(regexp = "^GM[0-9]{4}$", message = "moet een CBS-code zijn zoals GM0855") String cbsCode,
    @Schema(description = "Code van de azc-locatie (alleen bij type azc)")
    @Pattern(regexp = "^AZC-[A-Z0-9-]+$", message = "moet een azc-code zijn zoals AZC-OISTERWIJK") String azcCode,
    @Schema(description = "COA-regio (alleen bij type coa-regiokantoor)")
    @Size(max = 50, message = "mag hoogstens 50 tekens zijn") String coaRegio,
    @Schema(description = "Soort partner, bijvoorbeeld vluchtelingenwerk, taalschool, woningcorporatie")
    @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "moet kebab-case zijn") String partnerSoort,
    @Size(max = 50, message = "mag hoogstens 50 regio's bevatten")
    List<@NotNull(message = "mag niet leeg zijn")
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "moet een regio-slug zijn") String> regios) {

  OrganisatieGegevens gegevens() {
    return new OrganisatieGegevens(type, naam.strip(), ContactpersoonInvoer.blankToNull(cbsCode),
        ContactpersoonInvoer.blankToNull(azcCode), ContactpersoonInvoer.blankToNull(coaRegio),
        ContactpersoonInvoer.blankToNull(partnerSoort), ContactpersoonInvoer.distinct(regios));
  }
}
