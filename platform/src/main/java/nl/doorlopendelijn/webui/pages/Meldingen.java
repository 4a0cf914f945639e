package nl.doorlopendelijn.webui.pages;

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
    return Rendering.view("melding").status(status)
        .modelAttribute("titel", titel).modelAttribute("tekst", tekst)
        .modelAttribute("regio", regio).modelAttribute("regioNaam", regioNaam);
  }
}
