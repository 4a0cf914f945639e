package nl.doorlopendelijn.agreements.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.agreements.AfspraakMengvorm;
import nl.doorlopendelijn.agreements.AfspraakNormen;
import nl.doorlopendelijn.kernel.Inburgeringsstap;

/**
 * An agreement version as the API shows it. The {@code beperkt} view (dashboard-viewer) leaves out the free text,
 * the contacts, who signed and the signals: no personal data, no free text.
 */
record SamenwerkingsafspraakWeergave(
    UUID id,
    UUID afspraakId,
    int versienummer,
    UUID vorigeVersieId,
    String regio,
    String status,
    Azc azc,
    List<Gemeente> gemeenten,
    String scenario,
    Mengvorm mengvorm,
    AfspraakNormen normen,
    LocalDate geldigVanaf,
    LocalDate geldigTot,
    String afspraken,
    Beeindiging beeindiging,
    OffsetDateTime geactiveerdOp,
    List<Signaal> signalen,
    OffsetDateTime aangemaaktOp,
    OffsetDateTime gewijzigdOp) {

  record Azc(String code, UUID contactpersoonId, Ondertekening ondertekening) {}

  @Schema(name = "AfspraakGemeente")
  record Gemeente(String cbsCode, UUID contactpersoonId, Ondertekening ondertekening) {}

  /**
   * @param door the signer's pseudonymous subject
   * @param naam the signer's name as her token carried it at the time
   * @param krachtensMandaat the reference of the gemeente's mandaatbesluit when the coördinator signed for it;
   *     {@code null}: signed by the party's own signatory
   */
  @Schema(name = "AfspraakOndertekening")
  record Ondertekening(String door, String naam, String krachtensMandaat, OffsetDateTime op) {}

  record Beeindiging(String reden, OffsetDateTime op) {}

  /**
   * The structured mengvorm: the steps before the move ({@code null} for a mengvorm agreed before it could be
   * structured: its free text only), the rest after it.
   */
  @Schema(name = "SamenwerkingsafspraakMengvorm")
  record Mengvorm(String omschrijving, List<String> voorVerhuizing, boolean bredeIntakeNaVoorinburgering) {

    static Mengvorm van(AfspraakMengvorm m) {
      return m == null ? null : new Mengvorm(m.omschrijving(), m.gestructureerd()
          ? m.voorVerhuizing().stream().map(Inburgeringsstap::code).toList() : null, m.bredeIntakeNaVoorinburgering());
    }
  }

  record Signaal(UUID id, String soort, String partij, UUID contactpersoonId, OffsetDateTime ontstaanOp) {}

  static SamenwerkingsafspraakWeergave van(AfspraakVersie v, boolean volledig, String regio) {
    Azc azc = null;
    List<Gemeente> gemeenten = new java.util.ArrayList<>();
    for (AfspraakVersie.PartijStand p : v.partijen()) {
      Ondertekening o = p.ondertekend() ? new Ondertekening(volledig ? p.ondertekendDoor() : null,
          volledig ? p.ondertekendDoorNaam() : null, volledig ? p.mandaatKenmerk() : null, utc(p.ondertekendOp()))
          : null;
      UUID contact = volledig ? p.contactpersoonId() : null;
      if (AfspraakVersie.AZC.equals(p.soort())) {
        azc = new Azc(p.code(), contact, o);
      } else {
        gemeenten.add(new Gemeente(p.code(), contact, o));
      }
    }
    var i = v.inhoud();
    return new SamenwerkingsafspraakWeergave(v.id(), v.afspraakId(), v.versienummer(), v.vorigeVersieId(), regio,
        v.status().code(), azc, gemeenten, i.scenario(), Mengvorm.van(i.mengvorm()), i.normen(), i.geldigVanaf(),
        i.geldigTot(), volledig ? i.afspraken() : null,
        v.beeindigdOp() == null ? null : new Beeindiging(volledig ? v.beeindigingsreden() : null, utc(v.beeindigdOp())),
        utc(v.geactiveerdOp()),
        volledig ? v.signalen().stream().map(s -> new Signaal(s.id(), s.soort(), s.partijCode(), s.contactpersoonId(),
            utc(s.ontstaanOp()))).toList() : null,
        utc(v.aangemaaktOp()), utc(v.gewijzigdOp()));
  }

  static OffsetDateTime utc(OffsetDateTime t) {
    return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
