package nl.doorlopendelijn.webui.pages;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.kernel.Nederlands;

/**
 * One line of a dossier's history on its page: when (Dutch local time), what happened, by whom (the name the API
 * kept, never a pseudonym) and why (a correction's reason).
 */
public record HistorieRegel(String soort, String wanneer, String omschrijving, String door, String reden) {

  static List<HistorieRegel> van(List<?> gebeurtenissen) {
    return gebeurtenissen.stream().filter(Map.class::isInstance).map(g -> (Map<?, ?>) g)
        .map(g -> new HistorieRegel(tekst(g.get("soort")), wanneer(tekst(g.get("op"))), tekst(g.get("omschrijving")),
            tekst(g.get("doorNaam")), tekst(g.get("reden"))))
        .toList();
  }

  private static String tekst(Object o) {
    return o == null ? null : o.toString();
  }

  /** "3 december 2026 om 10:00": the one Dutch form of a moment ({@link Nederlands}). */
  private static String wanneer(String op) {
    return Nederlands.datumTijd(op);
  }
}
