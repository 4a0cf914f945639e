package nl.doorlopendelijn.dossiers.internal;

import java.util.Map;
import java.util.UUID;

/** What a dossier list asks for: filters (null = any), page and sort order (already validated). */
record Lijstvraag(String gemeente, String azc, String status, String scenario, String signaal,
    UUID contactpersoon, int pagina, int paginaGrootte, String sorteer, String zoektekst) {

  /** A list without search text. */
  Lijstvraag(String gemeente, String azc, String status, String scenario, String signaal, UUID contactpersoon,
      int pagina, int paginaGrootte, String sorteer) {
    this(gemeente, azc, status, scenario, signaal, contactpersoon, pagina, paginaGrootte, sorteer, null);
  }

  /** The search text may be a name: never in a log line. */
  @Override
  public String toString() {
    return "Lijstvraag[pagina=" + pagina + ", paginaGrootte=" + paginaGrootte + ", sorteer=" + sorteer
        + (zoektekst == null ? "" : ", zoektekst=***") + "]";
  }

  public static final String STANDAARD_SORTERING = "dossiernummer";

  /** Allowed values of {@code sorteer} and the ORDER BY they mean; the id breaks ties for stable pages. */
  static final Map<String, String> SORTERINGEN = Map.of(
      "dossiernummer", "dossiernummer, id",
      "-dossiernummer", "dossiernummer desc, id",
      "koppelingsdatum", "koppelingsdatum, dossiernummer, id",
      "-koppelingsdatum", "koppelingsdatum desc, dossiernummer, id",
      "verwachteVerhuisdatum", "verwachte_verhuisdatum nulls last, dossiernummer, id",
      "-verwachteVerhuisdatum", "verwachte_verhuisdatum desc nulls last, dossiernummer, id",
      "urgentie", "urgentie_rang, dossiernummer, id");

  public static boolean toegestaneSortering(String sorteer) {
    return SORTERINGEN.containsKey(sorteer);
  }

  public static java.util.List<String> sorteringen() {
    return SORTERINGEN.keySet().stream().sorted().toList();
  }
}
