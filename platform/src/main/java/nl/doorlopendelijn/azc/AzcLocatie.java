package nl.doorlopendelijn.azc;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;

/**
 * A location of the national list: an azc of the COA, or another place where statushouders wait (a gemeentelijke
 * opvang). National reference data, the same for every region.
 *
 * @param gemeente CBS code of the gemeente the location lies in (null where not known)
 * @param breedtegraad latitude (WGS84) of the location; with {@code lengtegraad} both or neither
 * @param actief false once the location has ended (dossiers that name it keep it)
 */
public record AzcLocatie(
    String code,
    String naam,
    String plaats,
    String coaRegio,
    @Schema(description = "azc, gemeentelijke-opvang of overig", example = "azc") String type,
    @Schema(description = "Nederlandse naam van het type", example = "asielzoekerscentrum (COA)") String typeNaam,
    @Schema(description = "CBS-code van de gemeente waarin de locatie ligt", example = "GM0824") String gemeente,
    Double breedtegraad,
    Double lengtegraad,
    boolean actief) {

  /** Where the location lies, when known. */
  @JsonIgnore
  public Optional<Ligging> ligging() {
    return breedtegraad == null || lengtegraad == null ? Optional.empty()
        : Optional.of(new Ligging(breedtegraad, lengtegraad));
  }
}
