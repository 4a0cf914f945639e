package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.GeldendeAfspraak;
import nl.doorlopendelijn.dossiers.AfspraakNormen;
import nl.doorlopendelijn.dossiers.ContactpersoonStatusPort;
import nl.doorlopendelijn.dossiers.planning.Activiteit;
import nl.doorlopendelijn.dossiers.planning.Afgerond;
import nl.doorlopendelijn.dossiers.planning.ContactpersoonStatus;
import nl.doorlopendelijn.dossiers.planning.GeplandeMijlpaal;
import nl.doorlopendelijn.dossiers.planning.MijlpaalStatus;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.MijlpalenPlanner;
import nl.doorlopendelijn.dossiers.planning.Normen;
import nl.doorlopendelijn.dossiers.planning.PlanInput;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.dossiers.planning.Signaal;
import nl.doorlopendelijn.dossiers.planning.SignaalConfig;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.dossiers.planning.Urgentie;
import nl.doorlopendelijn.dossiers.planning.Signalen;
import nl.doorlopendelijn.dossiers.planning.Stilval;
import nl.doorlopendelijn.dossiers.planning.Tijdlijn;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes what follows from a dossier's facts: the agreement that plans it (port), its timeline (the planner)
 * and its signals (stored on the row). Runs inside the dossier's tenant-bound transaction.
 */
@Component
class Herberekening {

  /**
   * What follows from a dossier's facts.
   *
   * @param stilvalVanaf the first day the dossier counts as stalled ({@link Stilval}), null while it does not wait
   *     for a house: for the dashboard, which judges by the same rule as the signal
   */
  record Uitkomst(DossierRij dossier, Tijdlijn tijdlijn, List<Signaal> signalen, SignaalOpslag opslag,
      LocalDate stilvalVanaf) {}

  private final AfspraakNormen afspraken;
  private final ContactpersoonStatusPort contactpersonen;
  private final JsonMapper json;

  Herberekening(AfspraakNormen afspraken, ContactpersoonStatusPort contactpersonen, JsonMapper json) {
    this.afspraken = afspraken;
    this.contactpersonen = contactpersonen;
    this.json = json;
  }

  Mono<Uitkomst> herbereken(DossierRij d, List<MijlpaalRij> mijlpalen, TenantDescriptor regio, LocalDate vandaag) {
    return afspraak(d.tenantId(), d.gemeenteCode(), d.azcCode(), vandaag)
        .flatMap(a -> herbereken(d, mijlpalen, regio, vandaag, a));
  }

  Mono<GeldendeAfspraak> afspraak(UUID tenant, String gemeente, String azc, LocalDate vandaag) {
    return afspraken.voor(tenant, gemeente, azc, vandaag)
        .switchIfEmpty(Mono.error(() -> ApiProblem.badRequest(List.of(new InvalidParam("gemeente", "geen-afspraak",
            "er is geen samenwerkingsafspraak die dossiers van deze gemeente en dit azc plant")))));
  }

  Mono<Uitkomst> herbereken(DossierRij d, List<MijlpaalRij> mijlpalen, TenantDescriptor regio, LocalDate vandaag,
      GeldendeAfspraak afspraak) {
    DossierRij.Bouwer b = d.bouwer();
    b.afspraakVersieId = afspraak.afspraakVersieId();
    if ("afspraak".equals(d.scenarioBron()) && afspraak.scenario() != null) {
      b.scenario = afspraak.scenario().code();
    }
    Scenario scenario = Scenario.fromCode(b.scenario);
    if (scenario != Scenario.MENGVORM) {
      b.mengvorm = null;
    }
    Normen normen = afspraak.normenVoor(scenario, b.mengvorm);
    if (scenario == Scenario.MENGVORM && normen.mengvorm() == null) {
      return Mono.error(ApiProblem.badRequest(List.of(new InvalidParam("mengvorm", "required",
          "is verplicht bij scenario mengvorm: de samenwerkingsafspraak zegt niet welke stappen vóór de verhuizing"
              + " vallen"))));
    }
    // planned by the agreement in force now: a failed replan is behind us
    b.herplanfout = null;
    DossierRij nieuw = b.bouw();
    Tijdlijn tijdlijn = plan(nieuw, mijlpalen, normen);
    // activity outside the timeline joins here (the timeline's own counts by itself): the dossier's latest note
    List<Activiteit> elders = elders(nieuw);
    int stilvalNaDagen = stilvalNaDagen(regio);
    LocalDate stilvalVanaf = Stilval.beoordeel(tijdlijn, elders, stilvalNaDagen, vandaag).stilVanaf();
    return contactStatus(nieuw).map(cs -> {
      List<Signaal> signalen = Signalen.bepaal(tijdlijn, vandaag, new SignaalConfig(stilvalNaDagen, elders, cs));
      return new Uitkomst(nieuw, tijdlijn, signalen, opslag(signalen, vandaag), stilvalVanaf);
    });
  }

  /**
   * The dossier's activity outside its timeline: the contactlog's latest note ({@code dossier.laatste_notitie_op},
   * kept in the note's own transaction). One day is enough: the rule asks only for the last activity.
   */
  static List<Activiteit> elders(DossierRij d) {
    return d.laatsteNotitieOp() == null ? List.of() : List.of(new Activiteit.NotitieGeschreven(d.laatsteNotitieOp()));
  }

  static int stilvalNaDagen(TenantDescriptor regio) {
    Integer n = regio.normen().stilvalNaDagen();
    return n != null ? n : Stilval.STANDAARD_NA_DAGEN;
  }

  private Mono<ContactpersoonStatus> contactStatus(DossierRij d) {
    if (d.vasteContactpersoonId() == null) {
      return Mono.just(ContactpersoonStatus.ONTBREEKT);
    }
    if (d.contactpersoonVertrokken()) {
      return Mono.just(ContactpersoonStatus.VERTROKKEN);
    }
    return contactpersonen.status(d.vasteContactpersoonId()).defaultIfEmpty(ContactpersoonStatus.AANWEZIG);
  }

  /** The planner's timeline; done milestones keep the due date they had when they were done. */
  static Tijdlijn plan(DossierRij d, List<MijlpaalRij> mijlpalen, Normen normen) {
    Map<MijlpaalType, Afgerond> afgerond = new EnumMap<>(MijlpaalType.class);
    Map<MijlpaalType, LocalDate> oudeVervaldata = new EnumMap<>(MijlpaalType.class);
    for (MijlpaalRij m : mijlpalen) {
      MijlpaalType type = MijlpaalType.fromCode(m.type());
      if (m.afgerondOp() != null) {
        afgerond.put(type, new Afgerond(m.afgerondOp(), m.afgerondDoor(), m.notitie()));
        oudeVervaldata.put(type, m.vervaldatum());
      }
    }
    PlanInput input = new PlanInput(d.koppelingsdatum(), d.verwachteVerhuisdatum(), d.werkelijkeVerhuisdatum(),
        Scenario.fromCode(d.scenario()), normen, afgerond, d.bredeIntakeNaVoorinburgering(),
        d.voorinburgeringToestemming());
    Tijdlijn gepland = MijlpalenPlanner.plan(input);
    List<GeplandeMijlpaal> result = new ArrayList<>();
    for (GeplandeMijlpaal m : gepland.mijlpalen()) {
      result.add(m.isAfgerond() && oudeVervaldata.get(m.type()) != null
          ? new GeplandeMijlpaal(m.type(), oudeVervaldata.get(m.type()), MijlpaalStatus.AFGEROND, m.afgerond())
          : m);
    }
    return new Tijdlijn(gepland.koppelingsdatum(), result);
  }

  /**
   * The signals of a dossier that a new agreement version could not replan: those of its timeline as stored (it
   * keeps its old plan), and {@link SignaalType#HERPLANNEN_MISLUKT} with the reason, for the regio-coördinator's
   * werkvoorraad.
   */
  Mono<SignaalOpslag> metHerplanfout(DossierRij d, List<MijlpaalRij> mijlpalen, TenantDescriptor regio,
      LocalDate vandaag, String reden) {
    Tijdlijn tijdlijn = opgeslagen(d, mijlpalen);
    return contactStatus(d).map(cs -> {
      List<Signaal> signalen = new ArrayList<>(Signalen.bepaal(tijdlijn, vandaag,
          new SignaalConfig(stilvalNaDagen(regio), elders(d), cs)));
      signalen.add(herplanSignaal(reden));
      signalen.sort(Signaal.MEEST_URGENT_EERST);
      return opslag(signalen, vandaag);
    });
  }

  /** The timeline as stored, without planning it again (a closed dossier, one that could not be replanned). */
  static Tijdlijn opgeslagen(DossierRij d, List<MijlpaalRij> mijlpalen) {
    List<GeplandeMijlpaal> opgeslagen = new ArrayList<>();
    for (MijlpaalRij m : mijlpalen) {
      Afgerond afgerond = m.afgerondOp() == null ? null : new Afgerond(m.afgerondOp(), m.afgerondDoor(), m.notitie());
      opgeslagen.add(new GeplandeMijlpaal(MijlpaalType.fromCode(m.type()), m.vervaldatum(),
          afgerond == null ? MijlpaalStatus.OPEN : MijlpaalStatus.AFGEROND, afgerond));
    }
    return new Tijdlijn(d.koppelingsdatum(), opgeslagen);
  }

  static Signaal herplanSignaal(String reden) {
    return new Signaal(SignaalType.HERPLANNEN_MISLUKT, Urgentie.HOOG, null,
        "De nieuwe versie van de samenwerkingsafspraak kon dit dossier niet herplannen; het volgt nog de vorige"
            + " planning. Reden: " + reden);
  }

  SignaalOpslag opslag(List<Signaal> signalen, LocalDate vandaag) {
    List<Map<String, String>> lijst = new ArrayList<>();
    for (Signaal s : signalen) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("type", s.type().code());
      m.put("urgentie", s.urgentie().name().toLowerCase(Locale.ROOT));
      if (s.mijlpaal() != null) {
        m.put("mijlpaal", s.mijlpaal().code());
      }
      m.put("omschrijving", s.omschrijving());
      lijst.add(m);
    }
    String[] types = signalen.stream().map(s -> s.type().code()).distinct().toArray(String[]::new);
    Signaal eerste = signalen.isEmpty() ? null : signalen.get(0);
    return new SignaalOpslag(json.writeValueAsString(lijst), types, eerste == null ? null : eerste.type().code(),
        eerste == null ? SignaalOpslag.GEEN_SIGNAAL : eerste.urgentie().ordinal(), vandaag);
  }
}
