package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.tenancy.TenantDescriptor;

/**
 * One step in a dossier's own history ({@code dossier_gebeurtenis}, V76), as it is written: what happened, to which
 * milestone, the dates and codes before and after, the reason of a correction, and the NAME of whoever did it as
 * the token gave it at the time ({@link Caller#naam()}; the audit log keeps the pseudonymous subject instead).
 */
record Gebeurtenis(Soort soort, MijlpaalType mijlpaal, LocalDate oudeDatum, LocalDate nieuweDatum, String oud,
    String nieuw, String reden, String doorNaam) {

  /** What happened; the codes of V76's check (V80: the contactlog's two). */
  enum Soort {
    AANGEMAAKT("aangemaakt"),
    GEWIJZIGD("gewijzigd"),
    HERMATCHT("hermatcht"),
    MIJLPAAL_AFGEROND("mijlpaal-afgerond"),
    MIJLPAAL_GECORRIGEERD("mijlpaal-gecorrigeerd"),
    ADVIES_GEVRAAGD("advies-gevraagd"),
    GESLOTEN("gesloten"),
    /** A note in the contactlog (V80): without its onderwerp or text, which may hold health data. */
    NOTITIE_GESCHREVEN("notitie-geschreven"),
    NOTITIE_GECORRIGEERD("notitie-gecorrigeerd"),
    GESPREK_GEPLAND("gesprek-gepland"),
    GESPREK_GEWIJZIGD("gesprek-gewijzigd"),
    GESPREK_VERZET("gesprek-verzet"),
    GESPREK_GEHOUDEN("gesprek-gehouden"),
    GESPREK_GEANNULEERD("gesprek-geannuleerd"),
    /** Arrived from another region (issue 18): the regions' names in oud/nieuw, the request's reason. */
    OVERGEPLAATST("overgeplaatst");

    static final List<String> CODES = java.util.Arrays.stream(values()).map(Soort::code).toList();

    private final String code;

    Soort(String code) {
      this.code = code;
    }

    String code() {
      return code;
    }

    static Soort van(String code) {
      return nl.doorlopendelijn.kernel.Codes.zoek(values(), Soort::code, code)
          .orElseThrow(() -> new IllegalArgumentException("onbekende gebeurtenis: " + code));
    }
  }

  @Override
  public String toString() {
    return "Gebeurtenis[" + soort + ", " + mijlpaal + "]";
  }

  /** A step without a milestone (created, changed, advice, closed) by {@code door}. */
  static Gebeurtenis van(Soort soort, Caller door) {
    return new Gebeurtenis(soort, null, null, null, null, null, null, door.naam());
  }

  /** The dossier arrived from region {@code van} (names, not personal data), asked with {@code reden}. */
  static Gebeurtenis overgeplaatst(String van, String naar, String reden, String doorNaam) {
    return new Gebeurtenis(Soort.OVERGEPLAATST, null, null, null, van, naar, reden, doorNaam);
  }

  static Gebeurtenis hermatcht(String van, String naar, Caller door) {
    return new Gebeurtenis(Soort.HERMATCHT, null, null, null, van, naar, null, door.naam());
  }

  static Gebeurtenis afgerond(MijlpaalType type, LocalDate datum, String oudeStatus, String nieuweStatus,
      Caller door) {
    boolean statusVolgt = !oudeStatus.equals(nieuweStatus);
    return new Gebeurtenis(Soort.MIJLPAAL_AFGEROND, type, null, datum, statusVolgt ? oudeStatus : null,
        statusVolgt ? nieuweStatus : null, null, door.naam());
  }

  static Gebeurtenis gecorrigeerd(MijlpaalType type, LocalDate oudeDatum, LocalDate nieuweDatum, String oudeStatus,
      String nieuweStatus, String reden, Caller door) {
    boolean statusVolgt = !oudeStatus.equals(nieuweStatus);
    return new Gebeurtenis(Soort.MIJLPAAL_GECORRIGEERD, type, oudeDatum, nieuweDatum,
        statusVolgt ? oudeStatus : null, statusVolgt ? nieuweStatus : null, reden, door.naam());
  }

  /**
   * A step of a gesprek ({@code dossier_gesprek}, V78/V79): its soort as the milestone, the start before and after
   * (ISO-8601 instants) where it has one, the day it was held, the reason of a cancellation.
   */
  static Gebeurtenis gesprek(Soort soort, MijlpaalType gesprek, java.time.Instant oudeStart,
      java.time.Instant nieuweStart, LocalDate gehouden, String reden, Caller door) {
    return new Gebeurtenis(soort, gesprek, null, gehouden, oudeStart == null ? null : oudeStart.toString(),
        nieuweStart == null ? null : nieuweStart.toString(), reden, door.naam());
  }

  /** A stored step as the API shows it ({@code GET .../dossiers/{id}/historie}). */
  @Schema(name = "DossierGebeurtenis")
  record Weergave(
      @Schema(description = "Volgnummer binnen het dossier, vanaf 1") int volgnummer,
      @Schema(description = "Wanneer (UTC)") OffsetDateTime op,
      @Schema(description = "Wat er gebeurde", allowableValues = {"aangemaakt", "gewijzigd", "hermatcht",
          "mijlpaal-afgerond", "mijlpaal-gecorrigeerd", "advies-gevraagd", "gesloten", "notitie-geschreven",
          "notitie-gecorrigeerd", "gesprek-gepland", "gesprek-gewijzigd", "gesprek-verzet", "gesprek-gehouden",
          "gesprek-geannuleerd", "overgeplaatst"}) String soort,
      @Schema(description = "Wat er gebeurde, in een zin (namen, geen codes)") String omschrijving,
      @Schema(description = "De mijlpaal (code), bij een afronding of correctie; bij een gesprek zijn soort")
      String mijlpaal,
      @Schema(description = "De naam van de mijlpaal") String mijlpaalNaam,
      @Schema(description = "De afrondingsdatum vóór een correctie") LocalDate oudeDatum,
      @Schema(description = "De afrondingsdatum (na een correctie; leeg: ongedaan gemaakt)") LocalDate nieuweDatum,
      @Schema(description = "Een code van voor de stap (hermatcht: de gemeente; overgeplaatst: de naam van de"
          + " regio; anders de dossierstatus die volgde)")
      String oud,
      @Schema(description = "Dezelfde code na de stap") String nieuw,
      @Schema(description = "Waarom een afgeronde mijlpaal is gecorrigeerd") String reden,
      @Schema(description = "De naam van wie de stap zette, zoals het token die op dat moment gaf") String doorNaam) {

    @Override
    public String toString() {
      return "DossierGebeurtenis[" + volgnummer + ", " + soort + "]";
    }
  }

  /** The Dutch sentence for a stored step: milestone and gemeente by name. */
  static String omschrijving(Soort soort, MijlpaalType mijlpaal, LocalDate oudeDatum, LocalDate nieuweDatum,
      String oud, String nieuw, TenantDescriptor regio) {
    String m = mijlpaal == null ? "" : mijlpaal.label();
    return switch (soort) {
      case AANGEMAAKT -> "Dossier vastgelegd";
      case GEWIJZIGD -> "Dossier gewijzigd" + status(oud, nieuw);
      case HERMATCHT -> "Gehermatcht van " + gemeente(regio, oud) + " naar " + gemeente(regio, nieuw);
      case MIJLPAAL_AFGEROND -> m + " afgerond op " + nieuweDatum + status(oud, nieuw);
      case MIJLPAAL_GECORRIGEERD -> (nieuweDatum == null
          ? m + " ongedaan gemaakt (was afgerond op " + oudeDatum + ")"
          : m + " gecorrigeerd: afgerond op " + nieuweDatum + " in plaats van " + oudeDatum) + status(oud, nieuw);
      case ADVIES_GEVRAAGD -> "Scenario-advies opnieuw gevraagd";
      case GESLOTEN -> "Dossier gesloten";
      case NOTITIE_GESCHREVEN -> "Notitie geschreven in de contactlog";
      case NOTITIE_GECORRIGEERD -> "Notitie in de contactlog gecorrigeerd";
      case GESPREK_GEPLAND -> hoofdletter(m) + " gepland op " + GesprekTijd.tekst(instant(nieuw));
      case GESPREK_GEWIJZIGD -> hoofdletter(m) + " van " + GesprekTijd.tekst(instant(nieuw)) + " gewijzigd";
      case GESPREK_VERZET -> hoofdletter(m) + " verzet van " + GesprekTijd.tekst(instant(oud)) + " naar "
          + GesprekTijd.tekst(instant(nieuw));
      case GESPREK_GEHOUDEN -> hoofdletter(m) + " gehouden op " + GesprekTijd.datum(nieuweDatum);
      case GESPREK_GEANNULEERD -> hoofdletter(m) + " van " + GesprekTijd.tekst(instant(oud)) + " geannuleerd";
      case OVERGEPLAATST -> "Overgeplaatst van regio " + oud + " naar regio " + nieuw;
    };
  }

  private static java.time.Instant instant(String instant) {
    return instant == null ? null : java.time.Instant.parse(instant);
  }

  private static String hoofdletter(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String status(String oud, String nieuw) {
    return oud == null || nieuw == null ? "" : "; status " + oud + " → " + nieuw;
  }

  private static String gemeente(TenantDescriptor regio, String code) {
    if (regio == null || code == null) {
      return String.valueOf(code);
    }
    return regio.gemeenten().stream().filter(g -> g.cbsCode().equals(code)).map(TenantDescriptor.Gemeente::naam)
        .findFirst().orElse(code);
  }
}
