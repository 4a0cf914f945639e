package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.GesprekVorm;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.Taal;
import nl.doorlopendelijn.kernel.Codes;
import nl.doorlopendelijn.web.InvalidParam;

/**
 * Planning a gesprek (POST), or changing a planned one (PUT: the whole plan; a new time moves it). What depends on
 * the gids (participants, buddy) and on the dossier (its koppelingsdatum, its language) is checked by
 * {@link GesprekService}; this record checks the body on its own, every error at once.
 */
@Schema(name = "GesprekInvoer")
record GesprekInvoer(
    @Schema(description = "Welke mijlpaal het gesprek is (bij een wijziging: gelijk aan die van het gesprek, of leeg)",
        allowableValues = {"kennismaking", "driegesprek", "driegesprek-voor-verhuizing"}) String soort,
    @Schema(description = "Begin (ISO-8601 met tijdzone, bijvoorbeeld 2026-12-15T10:00:00+01:00)")
    OffsetDateTime begintOp,
    @Schema(description = "Einde (na het begin); of geef duurMinuten; geen van beide: 60 minuten")
    OffsetDateTime eindigtOp,
    @Schema(description = "Duur in minuten (" + GesprekInvoer.MIN_DUUR + " tot " + GesprekInvoer.MAX_DUUR
        + "), in plaats van eindigtOp") Integer duurMinuten,
    @Schema(description = "Hoe het gesprek plaatsvindt",
        allowableValues = {"online", "in-de-gemeente", "op-het-azc", "kop-koffie"}) String vorm,
    @Schema(description = "Waar (verplicht, behalve online); bij online de link (https://...)",
        maxLength = GesprekInvoer.MAX_LOCATIE) String locatie,
    @ArraySchema(arraySchema = @Schema(description = "Deelnemers uit de contactpersonengids (ids van actieve"
        + " contactpersonen)"), maxItems = GesprekInvoer.MAX_DEELNEMERS) List<UUID> deelnemers,
    @Schema(description = "Of de inburgeraar meedoet (standaard ja)") Boolean inburgeraarNeemtDeel,
    @Schema(description = "Of er een tolk nodig is (standaard: zoals in het dossier)") Boolean tolkNodig,
    @Schema(description = "De taal van het gesprek, ISO 639-3 (standaard: die van het dossier)") String taal,
    @Schema(description = "Alleen bij de kennismaking: de buddy uit de contactpersonengids") UUID buddyId) {

  static final int MAX_LOCATIE = 500;
  static final int MAX_DEELNEMERS = 20;
  static final int MIN_DUUR = 5;
  static final int MAX_DUUR = 480;
  static final Duration STANDAARD_DUUR = Duration.ofMinutes(60);

  /** Every error of the body at once; {@code soortVast} is the soort of the gesprek being changed (null: a plan). */
  static List<InvalidParam> fouten(GesprekInvoer in, MijlpaalType soortVast) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (in == null) {
      fouten.add(new InvalidParam("(body)", "required", "is verplicht"));
      return fouten;
    }
    if (soortVast == null) {
      if (in.soort() == null || in.soort().isBlank()) {
        fouten.add(new InvalidParam("soort", "required", "is verplicht: " + Codes.opsomming(GesprekVorm.SOORT_CODES)));
      } else if (!GesprekVorm.SOORT_CODES.contains(in.soort())) {
        fouten.add(new InvalidParam("soort", "enum", "moet " + Codes.opsomming(GesprekVorm.SOORT_CODES) + " zijn"));
      }
    } else if (in.soort() != null && !in.soort().equals(soortVast.code())) {
      fouten.add(new InvalidParam("soort", "immutable", "een gesprek houdt zijn soort (" + soortVast.code()
          + "): annuleer het en plan een nieuw"));
    }
    if (in.begintOp() == null) {
      fouten.add(new InvalidParam("begintOp", "required", "is verplicht"));
    }
    if (in.eindigtOp() != null && in.duurMinuten() != null) {
      fouten.add(new InvalidParam("duurMinuten", "exclusive", "geef eindigtOp of duurMinuten, niet beide"));
    } else if (in.duurMinuten() != null && (in.duurMinuten() < MIN_DUUR || in.duurMinuten() > MAX_DUUR)) {
      fouten.add(new InvalidParam("duurMinuten", "range", "moet " + MIN_DUUR + " tot " + MAX_DUUR + " zijn"));
    } else if (in.eindigtOp() != null && in.begintOp() != null) {
      Duration d = Duration.between(in.begintOp(), in.eindigtOp());
      if (d.isNegative() || d.isZero()) {
        fouten.add(new InvalidParam("eindigtOp", "range", "moet na het begin liggen"));
      } else if (d.toMinutes() > MAX_DUUR) {
        fouten.add(new InvalidParam("eindigtOp", "range", "een gesprek duurt hoogstens " + MAX_DUUR + " minuten"));
      }
    }
    GesprekVorm vorm = null;
    if (in.vorm() == null || in.vorm().isBlank()) {
      fouten.add(new InvalidParam("vorm", "required", "is verplicht: " + GesprekVorm.opsomming()));
    } else {
      vorm = GesprekVorm.vanCode(in.vorm()).orElse(null);
      if (vorm == null) {
        fouten.add(new InvalidParam("vorm", "enum", "moet " + GesprekVorm.opsomming() + " zijn"));
      }
    }
    String locatie = in.locatie() == null ? null : in.locatie().strip();
    if (locatie != null && locatie.length() > MAX_LOCATIE) {
      fouten.add(new InvalidParam("locatie", "size", "mag hoogstens " + MAX_LOCATIE + " tekens zijn"));
    } else if (vorm != null && vorm != GesprekVorm.ONLINE && (locatie == null || locatie.isEmpty())) {
      fouten.add(new InvalidParam("locatie", "required", "is verplicht (waar het gesprek is), behalve online"));
    } else if (vorm == GesprekVorm.ONLINE && locatie != null && !locatie.isEmpty() && !isLink(locatie)) {
      fouten.add(new InvalidParam("locatie", "format", "moet bij een online gesprek een link zijn (https://...)"));
    }
    if (in.deelnemers() != null) {
      if (in.deelnemers().size() > MAX_DEELNEMERS) {
        fouten.add(new InvalidParam("deelnemers", "size", "hoogstens " + MAX_DEELNEMERS + " deelnemers"));
      }
      Set<UUID> gezien = new HashSet<>();
      for (int i = 0; i < in.deelnemers().size(); i++) {
        UUID d = in.deelnemers().get(i);
        if (d == null) {
          fouten.add(new InvalidParam("deelnemers[" + i + "]", "required", "is leeg"));
        } else if (!gezien.add(d)) {
          fouten.add(new InvalidParam("deelnemers[" + i + "]", "duplicate", "staat al in de lijst"));
        }
      }
    }
    if (in.taal() != null && Taal.vanCode(in.taal()).isEmpty()) {
      fouten.add(new InvalidParam("taal", "enum", "moet een taalcode (ISO 639-3) zijn: "
          + Codes.opsomming(Taal.CODES)));
    }
    MijlpaalType soort = soortVast != null ? soortVast
        : in.soort() == null ? null : GesprekVorm.SOORTEN.stream().filter(t -> t.code().equals(in.soort()))
            .findFirst().orElse(null);
    if (in.buddyId() != null && soort != null && soort != MijlpaalType.KENNISMAKING) {
      fouten.add(new InvalidParam("buddyId", "not-allowed", "alleen een kennismaking heeft een buddy"));
    }
    return fouten;
  }

  static boolean isLink(String s) {
    try {
      java.net.URI u = new java.net.URI(s);
      return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** The soort asked, once {@link #fouten} found none. */
  MijlpaalType mijlpaal() {
    return MijlpaalType.fromCode(soort);
  }

  Instant begin() {
    return begintOp.toInstant();
  }

  Instant einde() {
    return eindigtOp != null ? eindigtOp.toInstant()
        : begin().plus(duurMinuten != null ? Duration.ofMinutes(duurMinuten) : STANDAARD_DUUR);
  }

  String schoneLocatie() {
    return locatie == null || locatie.isBlank() ? null : locatie.strip();
  }

  List<UUID> deelnemerIds() {
    return deelnemers == null ? List.of() : List.copyOf(deelnemers);
  }

  @Override
  public String toString() {
    return "GesprekInvoer[" + soort + ", " + vorm + "]";
  }
}
