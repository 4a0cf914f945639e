package nl.doorlopendelijn.notificaties.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.doorlopendelijn.kernel.Codes;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;

/**
 * The body of a change of preferences: the soorten to set, each with its bezorging; soorten not named stay as
 * they are. Checked whole: every bad entry at once (400), nothing changed.
 */
@Schema(name = "NotificatievoorkeurenWijziging")
record VoorkeurenInvoer(List<Voorkeur> voorkeuren) {

  @Schema(name = "NotificatievoorkeurWijziging")
  record Voorkeur(@Schema(description = "Een NotificatieSoort-code", example = "nieuw-dossier") String soort,
      @Schema(description = "direct, dagelijks of uit", example = "dagelijks") String bezorging) {}

  /** The change as a map, or a 400 naming every bad entry. */
  Map<NotificatieSoort, Bezorging> gelezen() {
    List<InvalidParam> fouten = new ArrayList<>();
    Map<NotificatieSoort, Bezorging> m = new EnumMap<>(NotificatieSoort.class);
    if (voorkeuren == null) {
      fouten.add(new InvalidParam("voorkeuren", "required", "is verplicht: een lijst van {soort, bezorging}"));
    } else {
      for (int i = 0; i < voorkeuren.size(); i++) {
        Voorkeur v = voorkeuren.get(i);
        String pad = "voorkeuren[" + i + "]";
        if (v == null) {
          fouten.add(new InvalidParam(pad, "required", "is leeg: geef soort en bezorging"));
          continue;
        }
        Optional<NotificatieSoort> soort = lees(fouten, pad + ".soort", v.soort(), NotificatieSoort::vanCode,
            NotificatieSoort.codes());
        Optional<Bezorging> bezorging = lees(fouten, pad + ".bezorging", v.bezorging(), Bezorging::vanCode,
            Bezorging.codes());
        if (soort.isPresent() && m.containsKey(soort.get())) {
          fouten.add(new InvalidParam(pad + ".soort", "duplicate", "staat al eerder in de lijst"));
        } else if (soort.isPresent() && bezorging.isPresent()) {
          m.put(soort.get(), bezorging.get());
        } else if (soort.isPresent()) {
          // remembered, so a later entry of the same soort is reported as a duplicate too
          m.put(soort.get(), null);
        }
      }
    }
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
    return m;
  }

  private static <T> Optional<T> lees(List<InvalidParam> fouten, String naam, String waarde,
      java.util.function.Function<String, Optional<T>> vanCode, List<String> codes) {
    if (waarde == null || waarde.isBlank()) {
      fouten.add(new InvalidParam(naam, "required", "is verplicht: " + Codes.opsomming(codes)));
      return Optional.empty();
    }
    Optional<T> t = vanCode.apply(waarde);
    if (t.isEmpty()) {
      fouten.add(new InvalidParam(naam, "enum", "moet een van " + Codes.opsomming(codes) + " zijn"));
    }
    return t;
  }
}
