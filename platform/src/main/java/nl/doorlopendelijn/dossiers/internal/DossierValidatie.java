package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.dossiers.planning.DossierStatus;
import nl.doorlopendelijn.dossiers.planning.Taal;
import nl.doorlopendelijn.kernel.Codes;
import nl.doorlopendelijn.kernel.Inburgeringsstap;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.web.InvalidParam;

/** Checks a {@link DossierInvoer} against the region; returns every error at once. Never echoes a V-nummer. */
final class DossierValidatie {

  private static final Pattern V_NUMMER = Pattern.compile("^[0-9]{10}$");
  /** A reference of the COA (coaReferentie, huishouden): letters, digits and . / - and spaces inside, 1 to 50. */
  private static final Pattern REFERENTIE = Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9 ./-]{0,48}[A-Za-z0-9])?$");
  static final int MAX_NAAM = 200;
  static final int MAX_LEEFTIJD = 120;
  static final int MAX_MENGVORM = 2_000;

  private DossierValidatie() {}

  /**
   * @param azc the location the request names, from the national list (empty: not in it)
   * @param nieuw a create: an ended location is refused (a dossier that names it keeps it)
   * @param afstandTeSchatten whether the distance follows from the liggingen of gemeente and location
   */
  static List<InvalidParam> valideer(DossierInvoer in, TenantDescriptor regio, Optional<AzcLocatie> azc,
      boolean nieuw, boolean afstandTeSchatten, boolean vNummerSleutelBeschikbaar) {
    return valideer(in, regio, azc, nieuw, afstandTeSchatten, vNummerSleutelBeschikbaar, null);
  }

  /** @param vandaag today, for the date of birth (null: not checked against today) */
  static List<InvalidParam> valideer(DossierInvoer in, TenantDescriptor regio, Optional<AzcLocatie> azc,
      boolean nieuw, boolean afstandTeSchatten, boolean vNummerSleutelBeschikbaar, LocalDate vandaag) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (in == null) {
      return List.of(new InvalidParam("(body)", "required", "is verplicht"));
    }
    if (blank(in.gemeente())) {
      fouten.add(new InvalidParam("gemeente", "required", "is verplicht"));
    } else if (regio.gemeenten().stream().noneMatch(g -> g.cbsCode().equals(in.gemeente()))) {
      fouten.add(new InvalidParam("gemeente", "unknown", "is geen gemeente van deze regio"));
    }
    if (blank(in.azcLocatie())) {
      fouten.add(new InvalidParam("azcLocatie", "required", "is verplicht"));
    } else if (azc.isEmpty()) {
      // any location of the national list, not only the region's own azc's (regioplaatsing is a share, not a rule)
      fouten.add(new InvalidParam("azcLocatie", "unknown",
          "is geen locatie uit de landelijke lijst (GET /api/v1/azc-locaties)"));
    } else if (nieuw && !azc.get().actief()) {
      fouten.add(new InvalidParam("azcLocatie", "ended", "is beëindigd: kies een locatie die in gebruik is"));
    }
    if (in.koppelingsdatum() == null) {
      fouten.add(new InvalidParam("koppelingsdatum", "required", "is verplicht"));
    } else {
      if (in.verwachteVerhuisdatum() != null && in.verwachteVerhuisdatum().isBefore(in.koppelingsdatum())) {
        fouten.add(new InvalidParam("verwachteVerhuisdatum", "range", "mag niet vóór de koppelingsdatum liggen"));
      }
      if (in.werkelijkeVerhuisdatum() != null && in.werkelijkeVerhuisdatum().isBefore(in.koppelingsdatum())) {
        fouten.add(new InvalidParam("werkelijkeVerhuisdatum", "range", "mag niet vóór de koppelingsdatum liggen"));
      }
    }
    if (in.gekozenScenario() != null && Scenario.vanCode(in.gekozenScenario()).isEmpty()) {
      fouten.add(new InvalidParam("gekozenScenario", "unknown", "moet " + Scenario.opsomming() + " zijn"));
    }
    mengvorm(fouten, in);
    Factoren f = in.factoren();
    if (f != null) {
      if (f.afstandTotAzcKm() != null && (f.afstandTotAzcKm() < 0 || f.afstandTotAzcKm() > 1000)) {
        fouten.add(new InvalidParam("factoren.afstandTotAzcKm", "range", "moet tussen 0 en 1000 liggen"));
      }
      if (f.verwachteMaandenTotWoning() != null
          && (f.verwachteMaandenTotWoning() < 0 || f.verwachteMaandenTotWoning() > 120)) {
        fouten.add(new InvalidParam("factoren.verwachteMaandenTotWoning", "range", "moet tussen 0 en 120 liggen"));
      }
    }
    if (in.gekozenScenario() == null && f != null && !f.volledig(afstandTeSchatten)) {
      // without a chosen scenario the advice decides (unless the agreement prescribes one: checked later)
      if (f.alleenAfstandOntbreekt()) {
        fouten.add(new InvalidParam("factoren.afstandTotAzcKm", "required", "de afstand tussen deze gemeente en"
            + " deze locatie is niet bekend: vul hem in, of kies zelf een scenario (gekozenScenario)"));
      } else {
        fouten.add(new InvalidParam("factoren", "incomplete", "vul de factoren in (de afstand mag leeg blijven als"
            + " hij uit gemeente en locatie volgt), of kies zelf een scenario (gekozenScenario)"));
      }
    }
    if (in.status() != null && (DossierStatus.vanCode(in.status()).isEmpty()
        || DossierStatus.GESLOTEN.code().equals(in.status()))) {
      fouten.add(new InvalidParam("status", "unknown",
          "moet gekoppeld, in-voorbereiding, verhuisd of overgedragen zijn (sluiten gaat via /sluitingen)"));
    }
    if (in.vNummer() != null) {
      boolean vastleggen = regio.privacy() != null && Boolean.TRUE.equals(regio.privacy().vNummerVastleggen());
      if (!vastleggen) {
        fouten.add(new InvalidParam("vNummer", "not-allowed", "deze regio legt geen V-nummers vast"));
      } else if (!V_NUMMER.matcher(in.vNummer()).matches()) {
        fouten.add(new InvalidParam("vNummer", "pattern", "moet uit 10 cijfers bestaan"));
      } else if (!vNummerSleutelBeschikbaar) {
        fouten.add(new InvalidParam("vNummer", "unavailable", "kan nu niet worden vastgelegd (geen sleutel)"));
      }
    }
    persoon(fouten, in.persoon(), vandaag);
    referentie(fouten, "coaReferentie", in.coaReferentie());
    if (in.coaReferentie() != null && V_NUMMER.matcher(in.coaReferentie()).matches()) {
      // a V-nummer is stored only encrypted, and only where the region records it: never as a plain reference
      fouten.add(new InvalidParam("coaReferentie", "pattern",
          "lijkt een V-nummer (10 cijfers): een V-nummer hoort in vNummer, alleen als de regio V-nummers vastlegt"));
    }
    referentie(fouten, "huishouden", in.huishouden());
    return fouten;
  }

  /**
   * Who the dossier is about: voornamen and achternaam required (a dossier without a name is what users could not
   * work with), at most {@value #MAX_NAAM} characters, no control characters; a birth date not in the future and
   * not more than {@value #MAX_LEEFTIJD} years ago; a language from {@link Taal}; a tolk needs a language. Never
   * echoes a value.
   */
  private static void persoon(List<InvalidParam> fouten, PersoonInvoer p, LocalDate vandaag) {
    if (p == null) {
      fouten.add(new InvalidParam("persoon", "required", "is verplicht: wie betreft het dossier (voornamen en"
          + " achternaam)"));
      return;
    }
    naam(fouten, "persoon.voornamen", p.voornamen());
    naam(fouten, "persoon.achternaam", p.achternaam());
    if (p.geboortedatum() != null && vandaag != null) {
      if (p.geboortedatum().isAfter(vandaag)) {
        fouten.add(new InvalidParam("persoon.geboortedatum", "range", "mag niet in de toekomst liggen"));
      } else if (p.geboortedatum().isBefore(vandaag.minusYears(MAX_LEEFTIJD))) {
        fouten.add(new InvalidParam("persoon.geboortedatum", "range",
            "ligt meer dan " + MAX_LEEFTIJD + " jaar terug"));
      }
    }
    if (p.taal() != null && Taal.vanCode(p.taal()).isEmpty()) {
      fouten.add(new InvalidParam("persoon.taal", "unknown",
          "moet een ISO 639-3-code uit de lijst zijn: " + Codes.opsomming(Taal.CODES)));
    }
    if (Boolean.TRUE.equals(p.tolkNodig()) && p.taal() == null) {
      fouten.add(new InvalidParam("persoon.taal", "required", "is verplicht als er een tolk nodig is"));
    }
  }

  private static void naam(List<InvalidParam> fouten, String veld, String waarde) {
    if (blank(waarde)) {
      fouten.add(new InvalidParam(veld, "required", "is verplicht"));
    } else if (waarde.strip().length() > MAX_NAAM) {
      fouten.add(new InvalidParam(veld, "size", "mag hoogstens " + MAX_NAAM + " tekens bevatten"));
    } else if (waarde.codePoints().anyMatch(Character::isISOControl)) {
      fouten.add(new InvalidParam(veld, "pattern", "mag geen regeleinden of stuurtekens bevatten"));
    }
  }

  private static void referentie(List<InvalidParam> fouten, String veld, String waarde) {
    if (waarde != null && !REFERENTIE.matcher(waarde).matches()) {
      fouten.add(new InvalidParam(veld, "pattern", "1 tot 50 letters, cijfers, spaties, punten, schuine strepen of"
          + " streepjes; begint en eindigt met een letter of cijfer"));
    }
  }

  /** Only with gekozenScenario mengvorm; its steps by the one rule of agreements and dossiers. */
  private static void mengvorm(List<InvalidParam> fouten, DossierInvoer in) {
    DossierMengvorm m = in.mengvorm();
    if (m == null) {
      return;
    }
    if (!Scenario.MENGVORM.code().equals(in.gekozenScenario())) {
      fouten.add(new InvalidParam("mengvorm", "not-allowed", "hoort alleen bij gekozenScenario mengvorm"));
      return;
    }
    if (blank(m.omschrijving())) {
      fouten.add(new InvalidParam("mengvorm.omschrijving", "required", "is verplicht"));
    } else if (m.omschrijving().length() > MAX_MENGVORM) {
      fouten.add(new InvalidParam("mengvorm.omschrijving", "size", "mag hoogstens " + MAX_MENGVORM + " tekens bevatten"));
    }
    Inburgeringsstap.bezwaren(m.voorVerhuizing(), Boolean.TRUE.equals(m.bredeIntakeNaVoorinburgering()))
        .forEach(b -> fouten.add(new InvalidParam("mengvorm." + b.veld(), b.code(), b.reden())));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
