package nl.doorlopendelijn.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What happened, to be recorded: never personal data, only identifiers of objects.
 *
 * @param actie what was done, e.g. {@code dossier.lezen}, {@code regio.onboarden}
 * @param objectType the kind of object, e.g. {@code dossier}
 * @param objectIds the ids of every object the action touched or showed (a list view names them all)
 * @param resultaat {@link #GELUKT}, {@link #GEWEIGERD} or {@link #MISLUKT}
 * @param verwerkingsactiviteit the processing activity (Logboek Dataverwerkingen), e.g. {@code warme-overdracht}
 * @param kenmerken what the action was asked, as codes and counts (an export: its filter, format and row count);
 *     never personal data; empty for most actions
 */
public record AuditEntry(String actie, String objectType, List<String> objectIds, String resultaat,
    String verwerkingsactiviteit, Map<String, String> kenmerken) {

  public static final String GELUKT = "gelukt";
  public static final String GEWEIGERD = "geweigerd";
  public static final String MISLUKT = "mislukt";

  public AuditEntry {
    Objects.requireNonNull(actie, "actie");
    Objects.requireNonNull(objectType, "objectType");
    objectIds = List.copyOf(objectIds);
    Objects.requireNonNull(resultaat, "resultaat");
    kenmerken = kenmerken == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(kenmerken));
  }

  public AuditEntry(String actie, String objectType, List<String> objectIds, String resultaat,
      String verwerkingsactiviteit) {
    this(actie, objectType, objectIds, resultaat, verwerkingsactiviteit, Map.of());
  }

  /** The same record with these kenmerken (codes and counts only). */
  public AuditEntry met(Map<String, String> kenmerken) {
    return new AuditEntry(actie, objectType, objectIds, resultaat, verwerkingsactiviteit, kenmerken);
  }

  /** The kenmerken as a JSON object (null when there are none), for the {@code jsonb} column. */
  public static String json(Map<String, String> kenmerken) {
    if (kenmerken == null || kenmerken.isEmpty()) {
      return null;
    }
    StringBuilder s = new StringBuilder("{");
    new java.util.TreeMap<>(kenmerken).forEach((k, v) -> {
      if (s.length() > 1) {
        s.append(',');
      }
      s.append(tekst(k)).append(':').append(v == null ? "null" : tekst(v));
    });
    return s.append('}').toString();
  }

  private static String tekst(String t) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : t.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  public static AuditEntry gelukt(String actie, String objectType, List<String> objectIds, String activiteit) {
    return new AuditEntry(actie, objectType, objectIds, GELUKT, activiteit);
  }
}
