package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.webui.fouten.FoutPagina;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;

/** A Dutch page for an API answer that is not a success. */
final class Meldingen {

  private Meldingen() {}

  static Rendering.Builder<?> voor(PlatformApi.Antwoord antwoord, String regio, String regioNaam) {
    String titel;
    String tekst;
    HttpStatus status;
    switch (antwoord.status()) {
      case 400 -> {
        titel = "Ongeldige invoer";
        tekst = String.join(" ", ongeldig(antwoord));
        status = HttpStatus.BAD_REQUEST;
      }
      case 404 -> {
        titel = "Niet gevonden";
        tekst = "Deze gegevens bestaan niet, of u heeft er geen toegang toe.";
        status = HttpStatus.NOT_FOUND;
      }
      case 403 -> {
        titel = "Geen toegang";
        tekst = "U heeft geen toegang tot deze gegevens. Met uw rol ziet u alleen wat op het dashboard staat.";
        status = HttpStatus.FORBIDDEN;
      }
      case 409, 412 -> {
        titel = "Intussen gewijzigd";
        tekst = "Iemand anders heeft deze gegevens intussen gewijzigd. Open de pagina opnieuw en probeer het nog eens.";
        status = HttpStatus.CONFLICT;
      }
      case 503 -> {
        titel = "Tijdelijk niet beschikbaar";
        tekst = "Dit onderdeel is tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw.";
        status = HttpStatus.SERVICE_UNAVAILABLE;
      }
      default -> {
        titel = "Er ging iets mis";
        tekst = "De gegevens konden niet worden getoond. Probeer het opnieuw; blijft het misgaan, meld het dan.";
        status = HttpStatus.BAD_GATEWAY;
      }
    }
    var pagina = Rendering.view("melding").status(status)
        .modelAttribute("titel", titel).modelAttribute("tekst", tekst)
        .modelAttribute("regio", regio).modelAttribute("regioNaam", regioNaam);
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      pagina.header(HttpHeaders.RETRY_AFTER, FoutPagina.RETRY_AFTER_SECONDEN);
    }
    return pagina;
  }

  /** A page number in the page's URL that is not a whole number of at least 1. */
  static Rendering.Builder<?> ongeldigePagina(String parameter) {
    return Rendering.view("melding").status(HttpStatus.BAD_REQUEST)
        .modelAttribute("titel", "Ongeldige invoer")
        .modelAttribute("tekst", parameter + ": moet een geheel getal van 1 of meer zijn.");
  }

  /**
   * The API's validation errors of a 400 as Dutch sentences, e.g. "signaal: moet een van ... zijn."; the API's
   * {@code query:}/{@code path:} prefix is for programs, the page names the filter as the user knows it.
   */
  static List<String> ongeldig(PlatformApi.Antwoord antwoord) {
    List<String> fouten = new ArrayList<>();
    if (antwoord.body() != null && antwoord.body().get("invalidParams") instanceof List<?> params) {
      for (Object p : params) {
        if (p instanceof Map<?, ?> m) {
          fouten.add(String.valueOf(m.get("name")).replaceFirst("^(query|path):", "") + ": " + m.get("reason") + ".");
        }
      }
    }
    if (fouten.isEmpty()) {
      fouten.add("Het verzoek bevat een ongeldige waarde.");
    }
    return fouten;
  }
}
