package nl.doorlopendelijn.webui.pages;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * One line of a dossier's history on its page: when (Dutch local time), what happened, by whom (the name the API
 * kept, never a pseudonym) and why (a correction's reason).
 */
public record HistorieRegel(String soort, String wanneer, String omschrijving, String door, String reden) {

  private static final ZoneId NEDERLAND = nl.doorlopendelijn.kernel.Tijdzone.NL;
  private static final DateTimeFormatter OPMAAK = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

  static List<HistorieRegel> van(List<?> gebeurtenissen) {
    return gebeurtenissen.stream().filter(Map.class::isInstance).map(g -> (Map<?, ?>) g)
        .map(g -> new HistorieRegel(tekst(g.get("soort")), wanneer(tekst(g.get("op"))), tekst(g.get("omschrijving")),
            tekst(g.get("doorNaam")), tekst(g.get("reden"))))
        .toList();
  }

  private static String tekst(Object o) {
    return o == null ? null : o.toString();
  }

  private static String wanneer(String op) {
    if (op == null) {
      return "";
    }
    try {
      return OffsetDateTime.parse(op).atZoneSameInstant(NEDERLAND).format(OPMAAK);
    } catch (DateTimeParseException e) {
      return op;
    }
  }
}
