package nl.doorlopendelijn.audit;

import java.util.List;
import java.util.Objects;

/**
 * What happened, to be recorded: never personal data, only identifiers of objects.
 *
 * @param actie what was done, e.g. {@code dossier.lezen}, {@code regio.onboarden}
 * @param objectType the kind of object, e.g. {@code dossier}
 * @param objectIds the ids of every object the action touched or showed (a list view names them all)
 * @param resultaat {@link #GELUKT}, {@link #GEWEIGERD} or {@link #MISLUKT}
 * @param verwerkingsactiviteit the processing activity (Logboek Dataverwerkingen), e.g. {@code warme-overdracht}
 */
public record AuditEntry(String actie, String objectType, List<String> objectIds, String resultaat,
    String verwerkingsactiviteit) {

  public static final String GELUKT = "gelukt";
  public static final String GEWEIGERD = "geweigerd";
  public static final String MISLUKT = "mislukt";

  public AuditEntry {
    Objects.requireNonNull(actie, "actie");
    Objects.requireNonNull(objectType, "objectType");
    objectIds = List.copyOf(objectIds);
    Objects.requireNonNull(resultaat, "resultaat");
  }

  public static AuditEntry gelukt(String actie, String objectType, List<String> objectIds, String activiteit) {
    return new AuditEntry(actie, objectType, objectIds, GELUKT, activiteit);
  }
}
