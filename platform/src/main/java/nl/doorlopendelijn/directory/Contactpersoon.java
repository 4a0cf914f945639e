package nl.doorlopendelijn.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contactpersoon: a professional's work contact details and what they do in the warme overdracht.
 *
 * @param getraindOp when the person was trained for the warme overdracht, or {@code null}
 * @param beschikbaar available for new dossiers
 * @param talen languages spoken, ISO 639 codes ({@code nl}, {@code ar}, {@code ti})
 * @param actief {@code false} once the person has left the organisation (kept, never deleted while referenced)
 * @param versie optimistic-locking version, the ETag
 */
public record Contactpersoon(UUID id, UUID organisatieId, String organisatieNaam, String naam, String functie,
    String email, String telefoon, List<String> regios, List<String> gemeenten, LocalDate getraindOp,
    boolean beschikbaar, List<String> talen, boolean actief, int versie) {

  public Contactpersoon {
    regios = regios == null ? List.of() : List.copyOf(regios);
    gemeenten = gemeenten == null ? List.of() : List.copyOf(gemeenten);
    talen = talen == null ? List.of() : List.copyOf(talen);
  }

  /** Can be given new dossiers: still with the organisation and available. */
  public boolean inzetbaar() {
    return actief && beschikbaar;
  }
}
