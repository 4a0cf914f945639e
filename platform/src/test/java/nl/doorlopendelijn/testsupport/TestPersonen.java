package nl.doorlopendelijn.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who a test dossier is about: a fictional person (the API requires voornamen and achternaam on every create and
 * update). Each call gives another achternaam, so a search by name finds the dossier it means.
 */
public final class TestPersonen {

  private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

  private TestPersonen() {}

  /** The {@code persoon} of a dossier body: voornamen, a unique achternaam, a birth date, a language. */
  public static Map<String, Object> persoon() {
    return persoon("Testpersoon", "Fictief" + VOLGNUMMER.incrementAndGet());
  }

  public static Map<String, Object> persoon(String voornamen, String achternaam) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("voornamen", voornamen);
    p.put("achternaam", achternaam);
    p.put("geboortedatum", "1990-05-17");
    p.put("taal", "ara");
    p.put("tolkNodig", true);
    return p;
  }

  /** The same, as a JSON member for a body written as text: {@code "persoon": {...}}. */
  public static String json() {
    return "\"persoon\": {\"voornamen\": \"Testpersoon\", \"achternaam\": \"Fictief" + VOLGNUMMER.incrementAndGet()
        + "\", \"geboortedatum\": \"1990-05-17\", \"taal\": \"ara\", \"tolkNodig\": false}";
  }
}
