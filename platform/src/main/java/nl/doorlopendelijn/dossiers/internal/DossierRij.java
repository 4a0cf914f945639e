package nl.doorlopendelijn.dossiers.internal;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.Dossier;
import nl.doorlopendelijn.dossiers.planning.DossierStatus;
import nl.doorlopendelijn.dossiers.planning.Mengvorm;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.kernel.Inburgeringsstap;
import java.util.Arrays;

/**
 * One row of {@code dossier}, as stored (the V-nummer still encrypted). {@code mengvorm} is the dossier's own (with
 * gekozenScenario mengvorm; else the agreement's plans it); {@code herplanfout} why the last replan after a new
 * agreement version failed (shown as a signal until a replan succeeds).
 */
record DossierRij(
    UUID tenantId,
    UUID id,
    String dossiernummer,
    String gemeenteCode,
    String azcCode,
    UUID afspraakVersieId,
    LocalDate koppelingsdatum,
    LocalDate verwachteVerhuisdatum,
    LocalDate werkelijkeVerhuisdatum,
    String scenario,
    String scenarioBron,
    String geadviseerdScenario,
    boolean bredeIntakeNaVoorinburgering,
    Factoren factoren,
    UUID vasteContactpersoonId,
    boolean contactpersoonVertrokken,
    DossierStatus status,
    LocalDate geslotenOp,
    byte[] vNummerVersleuteld,
    String vNummerSleutel,
    String signalenJson,
    LocalDate laatsteVoortgang,
    int versie,
    OffsetDateTime aangemaaktOp,
    OffsetDateTime bijgewerktOp,
    Mengvorm mengvorm,
    Boolean voorinburgeringToestemming,
    String herplanfout,
    UUID casemanagerId,
    String voornamen,
    String achternaam,
    LocalDate geboortedatum,
    String taal,
    boolean tolkNodig,
    String coaReferentie,
    String huishouden,
    LocalDate laatsteNotitieOp) {

  /** Names, birth date and references never go to a log line. */
  @Override
  public String toString() {
    return "DossierRij[" + id + ", " + dossiernummer + "]";
  }

  static final String KOLOMMEN = """
      tenant_id, id, dossiernummer, gemeente_code, azc_code, afspraak_versie_id, koppelingsdatum,
      verwachte_verhuisdatum, werkelijke_verhuisdatum, scenario, scenario_bron, geadviseerd_scenario,
      brede_intake_na_voorinburgering, afstand_tot_azc_km, verwachte_maanden_tot_woning, kan_reizen,
      digitaal_vaardig, vaste_contactpersoon_id, contactpersoon_vertrokken, status, gesloten_op,
      v_nummer_versleuteld, v_nummer_sleutel, signalen::text as signalen, laatste_voortgang, versie,
      aangemaakt_op, bijgewerkt_op, mengvorm_omschrijving, mengvorm_voor_verhuizing,
      mengvorm_brede_intake_na_voorinburgering, voorinburgering_toestemming, herplanfout, casemanager_id,
      voornamen, achternaam, geboortedatum, taal, tolk_nodig, coa_referentie, huishouden, laatste_notitie_op""";

  static DossierRij van(Readable r) {
    Integer afstand = r.get("afstand_tot_azc_km", Integer.class);
    Integer maanden = r.get("verwachte_maanden_tot_woning", Integer.class);
    Boolean reizen = r.get("kan_reizen", Boolean.class);
    Boolean digitaal = r.get("digitaal_vaardig", Boolean.class);
    Factoren factoren = afstand == null && maanden == null && reizen == null && digitaal == null
        ? null : new Factoren(afstand, maanden, reizen, digitaal);
    return new DossierRij(
        r.get("tenant_id", UUID.class), r.get("id", UUID.class), r.get("dossiernummer", String.class),
        r.get("gemeente_code", String.class), r.get("azc_code", String.class),
        r.get("afspraak_versie_id", UUID.class), r.get("koppelingsdatum", LocalDate.class),
        r.get("verwachte_verhuisdatum", LocalDate.class), r.get("werkelijke_verhuisdatum", LocalDate.class),
        r.get("scenario", String.class), r.get("scenario_bron", String.class),
        r.get("geadviseerd_scenario", String.class),
        Boolean.TRUE.equals(r.get("brede_intake_na_voorinburgering", Boolean.class)), factoren,
        r.get("vaste_contactpersoon_id", UUID.class),
        Boolean.TRUE.equals(r.get("contactpersoon_vertrokken", Boolean.class)),
        DossierStatus.van(r.get("status", String.class)),
        r.get("gesloten_op", LocalDate.class), r.get("v_nummer_versleuteld", byte[].class),
        r.get("v_nummer_sleutel", String.class), r.get("signalen", String.class),
        r.get("laatste_voortgang", LocalDate.class), r.get("versie", Integer.class),
        r.get("aangemaakt_op", OffsetDateTime.class), r.get("bijgewerkt_op", OffsetDateTime.class), mengvorm(r),
        r.get("voorinburgering_toestemming", Boolean.class), r.get("herplanfout", String.class),
        r.get("casemanager_id", UUID.class),
        r.get("voornamen", String.class), r.get("achternaam", String.class), r.get("geboortedatum", LocalDate.class),
        r.get("taal", String.class), Boolean.TRUE.equals(r.get("tolk_nodig", Boolean.class)),
        r.get("coa_referentie", String.class), r.get("huishouden", String.class),
        r.get("laatste_notitie_op", LocalDate.class));
  }

  private static Mengvorm mengvorm(Readable r) {
    String omschrijving = r.get("mengvorm_omschrijving", String.class);
    String[] voor = r.get("mengvorm_voor_verhuizing", String[].class);
    return omschrijving == null || voor == null ? null : Mengvorm.van(omschrijving,
        Arrays.stream(voor).map(c -> Inburgeringsstap.vanCode(c).orElseThrow()).toList(),
        Boolean.TRUE.equals(r.get("mengvorm_brede_intake_na_voorinburgering", Boolean.class)));
  }

  boolean gesloten() {
    return status == DossierStatus.GESLOTEN;
  }

  /** The dossier as its rules see it ({@link Dossier}), with its milestones. */
  Dossier alsDossier(List<MijlpaalRij> mijlpalen) {
    return new Dossier(gemeenteCode, azcCode, koppelingsdatum, werkelijkeVerhuisdatum, vasteContactpersoonId,
        status, versie, mijlpalen.stream()
            .map(m -> new Dossier.Mijlpaal(MijlpaalType.fromCode(m.type()), m.afgerondOp() != null)).toList());
  }

  Bouwer bouwer() {
    Bouwer b = new Bouwer();
    b.tenantId = tenantId;
    b.id = id;
    b.dossiernummer = dossiernummer;
    b.gemeenteCode = gemeenteCode;
    b.azcCode = azcCode;
    b.afspraakVersieId = afspraakVersieId;
    b.koppelingsdatum = koppelingsdatum;
    b.verwachteVerhuisdatum = verwachteVerhuisdatum;
    b.werkelijkeVerhuisdatum = werkelijkeVerhuisdatum;
    b.scenario = scenario;
    b.scenarioBron = scenarioBron;
    b.geadviseerdScenario = geadviseerdScenario;
    b.bredeIntakeNaVoorinburgering = bredeIntakeNaVoorinburgering;
    b.factoren = factoren;
    b.vasteContactpersoonId = vasteContactpersoonId;
    b.contactpersoonVertrokken = contactpersoonVertrokken;
    b.status = status;
    b.geslotenOp = geslotenOp;
    b.vNummerVersleuteld = vNummerVersleuteld;
    b.vNummerSleutel = vNummerSleutel;
    b.signalenJson = signalenJson;
    b.laatsteVoortgang = laatsteVoortgang;
    b.versie = versie;
    b.aangemaaktOp = aangemaaktOp;
    b.bijgewerktOp = bijgewerktOp;
    b.mengvorm = mengvorm;
    b.voorinburgeringToestemming = voorinburgeringToestemming;
    b.herplanfout = herplanfout;
    b.voornamen = voornamen;
    b.achternaam = achternaam;
    b.geboortedatum = geboortedatum;
    b.taal = taal;
    b.tolkNodig = tolkNodig;
    b.coaReferentie = coaReferentie;
    b.huishouden = huishouden;
    b.casemanagerId = casemanagerId;
    b.laatsteNotitieOp = laatsteNotitieOp;
    return b;
  }

  /** A mutable copy for working out a change; {@link #bouw()} makes the row again. */
  static final class Bouwer {
    UUID tenantId;
    UUID id;
    String dossiernummer;
    String gemeenteCode;
    String azcCode;
    UUID afspraakVersieId;
    LocalDate koppelingsdatum;
    LocalDate verwachteVerhuisdatum;
    LocalDate werkelijkeVerhuisdatum;
    String scenario;
    String scenarioBron;
    String geadviseerdScenario;
    boolean bredeIntakeNaVoorinburgering;
    Factoren factoren;
    UUID vasteContactpersoonId;
    boolean contactpersoonVertrokken;
    DossierStatus status;
    LocalDate geslotenOp;
    byte[] vNummerVersleuteld;
    String vNummerSleutel;
    String signalenJson;
    LocalDate laatsteVoortgang;
    int versie;
    OffsetDateTime aangemaaktOp;
    OffsetDateTime bijgewerktOp;
    Mengvorm mengvorm;
    Boolean voorinburgeringToestemming;
    String herplanfout;
    UUID casemanagerId;
    String voornamen;
    String achternaam;
    LocalDate geboortedatum;
    String taal;
    boolean tolkNodig;
    String coaReferentie;
    String huishouden;
    /** Kept by the contactlog (NotitieStore), never written by a dossier change. */
    LocalDate laatsteNotitieOp;

    DossierRij bouw() {
      return new DossierRij(tenantId, id, dossiernummer, gemeenteCode, azcCode, afspraakVersieId, koppelingsdatum, verwachteVerhuisdatum, werkelijkeVerhuisdatum, scenario, scenarioBron, geadviseerdScenario, bredeIntakeNaVoorinburgering, factoren, vasteContactpersoonId, contactpersoonVertrokken, status, geslotenOp, vNummerVersleuteld, vNummerSleutel, signalenJson, laatsteVoortgang, versie, aangemaaktOp, bijgewerktOp, mengvorm, voorinburgeringToestemming, herplanfout,
          casemanagerId, voornamen, achternaam, geboortedatum, taal, tolkNodig, coaReferentie, huishouden, laatsteNotitieOp);
    }
  }
}
