package nl.doorlopendelijn.directory.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of a create or (full) update of a contactpersoon. Work contact details only. */
@Schema(name = "ContactpersoonInvoer")
record ContactpersoonInvoer(
    @NotNull(message = "is verplicht") UUID organisatieId,
    @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens 200 tekens zijn") String naam,
    @Schema(example = "klantregisseur")
    @NotBlank(message = "is verplicht") @Size(max = 100, message = "mag hoogstens 100 tekens zijn") String functie,
    @Schema(description = "Zakelijk e-mailadres")
    @Email(message = "moet een e-mailadres zijn") @Size(max = 254, message = "mag hoogstens 254 tekens zijn") String email,
    @Schema(description = "Zakelijk telefoonnummer", example = "+31 13 123 4567")
    @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$", message = "moet een telefoonnummer zijn") String telefoon,
    @Size(max = 50, message = "mag hoogstens 50 regio's bevatten")
    List<@NotNull(message = "mag niet leeg zijn")
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "moet een regio-slug zijn") String> regios,
    @Size(max = 400, message = "mag hoogstens 400 gemeenten bevatten")
    List<@NotNull(message = "mag niet leeg zijn")
        @Pattern(regexp = "^GM[0-9]{4}$", message = "moet een CBS-code zijn zoals GM0855") String> gemeenten,
    // checked in the service: a constraint here would also land on the accessor getraindOp(), which
    // Hibernate Validator takes for the getter of a property "raindOp"
    @Schema(description = "Datum waarop de training warme overdracht is gevolgd (niet in de toekomst)")
    LocalDate getraindOp,
    @Schema(description = "Beschikbaar voor nieuwe dossiers (standaard ja)") Boolean beschikbaar,
    @Schema(description = "Gesproken talen als ISO 639-codes", example = "[\"nl\", \"ar\"]")
    @Size(max = 30, message = "mag hoogstens 30 talen bevatten")
    List<@NotNull(message = "mag niet leeg zijn")
        @Pattern(regexp = "^[a-z]{2,3}$", message = "moet een ISO 639-taalcode zijn zoals nl of ar") String> talen) {

  ContactpersoonGegevens gegevens() {
    return new ContactpersoonGegevens(organisatieId, naam.strip(), functie.strip(), blankToNull(email),
        blankToNull(telefoon), distinct(regios), distinct(gemeenten), getraindOp,
        beschikbaar == null || beschikbaar, distinct(talen));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static List<String> distinct(List<String> values) {
    return values == null ? List.of() : values.stream().distinct().toList();
  }
}
