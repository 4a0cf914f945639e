package nl.doorlopendelijn.toegang;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The objects of the access matrix, seeded once through the API with the tokens of the matrix's roles: two regions
 * (hart-van-brabant, noordoost-brabant), dossiers of two gemeenten and two azc's, agreements in every status (one
 * in force for azc Oisterwijk in hart-van-brabant, an ended one in noordoost-brabant, none for azc Gilze), contacts and
 * organisations of a gemeente, an azc and a partner. Every object can be made again ({@link #vers}) for a write that is
 * expected to succeed, so no case depends on another. Synthetic data only.
 */
final class MatrixWereld {

  static final String HVB = "hart-van-brabant";
  static final String NOB = "noordoost-brabant";
  static final String OISTERWIJK = "AZC-OISTERWIJK";
  static final String OVERLOON = "AZC-OVERLOON";
  static final String GILZE = "AZC-GILZE";
  static final String DONGEN = "GM0766";
  static final String TILBURG = "GM0855";
  static final String OSS = "GM0828";
  static final String BERNHEZE = "GM1721";

  static final Set<String> GEMEENTEN_HVB = Set.of("GM0766", "GM0784", "GM0785", "GM0797", "GM0798", "GM0809",
      "GM0824", "GM0855", "GM0867");
  static final Set<String> GEMEENTEN_NOB = Set.of("GM0796", "GM0828", "GM1721", "GM1948", "GM0865", "GM1982");

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  /** The kinds of object a path of the API names. */
  enum Soort { GEEN, REGIO, DOSSIER, AFSPRAAK, CONTACT, ORGANISATIE, AZC, GEBRUIKER, OVERPLAATSING }

  /** A dossier of the matrix: where it lives and what decides who sees it. */
  /** A matrix dossier; {@code notitie}: a note in its contactlog, written by the region's coördinator. */
  record Dossier(String regio, String gemeente, String azc, String status, UUID id, UUID notitie) {}

  /** An agreement of the matrix: its region, azc, parties and status. */
  record Afspraak(String regio, String azc, List<String> gemeenten, String status, UUID id) {}

  private final WebTestClient web;
  private final MatrixTokens tokens;
  /** The voornamen of every matrix dossier: a search for it finds only matrix dossiers (issue 14). */
  final String persoonMerk = "Matrixpersoon" + uniek();

  /** The achternaam of every matrix dossier by its id: an answer may name only the dossiers the caller sees. */
  final Map<UUID, String> achternamen = new ConcurrentHashMap<>();
  /** Per dossier id: the gesprek planned on it at creation (issue 15), for the paths with {gesprekId}. */
  final Map<UUID, UUID> gesprekken = new ConcurrentHashMap<>();

  /** The vaste contactpersoon of the matrix dossiers of each gemeente (a contact of that gemeente: issue 14). */
  private final Map<String, UUID> vasteContactpersonen = new ConcurrentHashMap<>();
  /** The casemanager of the matrix dossiers of each azc (a contact of that azc). */
  private final Map<String, UUID> casemanagers = new ConcurrentHashMap<>();
  final String uniek = uniek();

  // written by the threads of the run (each object by one thread only), read by all
  final Map<String, Dossier> dossiers = new ConcurrentHashMap<>();
  final Map<String, Afspraak> afspraken = new ConcurrentHashMap<>();
  final Map<String, UUID> contacten = new ConcurrentHashMap<>();
  final Map<String, UUID> organisaties = new ConcurrentHashMap<>();
  final Map<String, Map<String, Object>> azcLocaties = new ConcurrentHashMap<>();
  /** Per overplaatsing object: the request's id and its dossier (in hart-van-brabant, the sender). */
  final Map<String, UUID[]> overplaatsingen = new ConcurrentHashMap<>();
  private volatile UUID partnerMetContact;

  MatrixWereld(WebTestClient web, MatrixTokens tokens) {
    this.web = web;
    this.tokens = tokens;
  }

  // ------------------------------------------------------------------------------------------- objects per kind

  static List<String> objecten(Soort soort) {
    return switch (soort) {
      case GEEN -> List.of("-");
      case REGIO -> List.of("hvb", "nob", "onbekend");
      case DOSSIER -> List.of("hvb-dongen", "hvb-dongen-verhuisd", "hvb-tilburg", "nob-open", "nob-verhuisd",
          "nob-gesloten", "nob-overloon", "hvb-onbekend", "nob-pad-hvb-id", "hvb-overgeplaatst",
          "nob-pad-overgeplaatst");
      // issue 18: an open request of an hvb dossier to noordoost-brabant, under each side's path (two requests)
      case OVERPLAATSING -> List.of("hvb-uit", "nob-in", "onbekend");
      case AFSPRAAK -> List.of("hvb-actief", "hvb-ter-ondertekening", "hvb-concept", "hvb-beeindigd", "nob-beeindigd",
          "hvb-onbekend");
      case CONTACT, ORGANISATIE -> List.of("dongen", "azc-oisterwijk", "partner-hvb", "onbekend");
      case AZC -> List.of("oisterwijk", "gilze", "onbekend");
      // users live in Keycloak, which the matrix does not start: an id of nobody (GebruikersE2eIT has real ones)
      case GEBRUIKER -> List.of("onbekend");
    };
  }

  static String regioSlug(String object) {
    return switch (object) {
      case "hvb" -> HVB;
      case "nob" -> NOB;
      default -> "bestaat-niet";
    };
  }

  static String azcCode(String object) {
    return switch (object) {
      case "oisterwijk" -> OISTERWIJK;
      case "gilze" -> GILZE;
      default -> "AZC-BESTAAT-NIET";
    };
  }

  /** The path variables of an object of a kind ({@code regio}, {@code id}, {@code code}, {@code azc}). */
  Map<String, String> variabelen(Soort soort, String object) {
    Map<String, String> v = new LinkedHashMap<>();
    switch (soort) {
      case REGIO -> v.put("regio", regioSlug(object));
      case DOSSIER -> {
        if (object.equals("hvb-onbekend")) {
          v.put("regio", HVB);
          v.put("id", UUID.nameUUIDFromBytes(("onbekend" + uniek).getBytes()).toString());
          v.put("notitieId", UUID.nameUUIDFromBytes(("onbekende-notitie" + uniek).getBytes()).toString());
        } else if (object.equals("nob-pad-hvb-id") || object.equals("nob-pad-overgeplaatst")) {
          // the id of an hvb dossier under noordoost-brabant's path (nob-pad-overgeplaatst: the region it left)
          Dossier d = dossiers.get(object.equals("nob-pad-hvb-id") ? "hvb-dongen" : "hvb-overgeplaatst");
          v.put("regio", NOB);
          v.put("id", d.id().toString());
          v.put("notitieId", d.notitie().toString());
        } else {
          Dossier d = dossiers.get(object);
          v.put("regio", d.regio());
          v.put("id", d.id().toString());
          v.put("notitieId", d.notitie().toString());
        }
        UUID dossierId = UUID.fromString(v.get("id"));
        v.put("gesprekId", gesprekken.getOrDefault(dossierId,
            UUID.nameUUIDFromBytes(("onbekend-gesprek" + uniek).getBytes())).toString());
      }
      case AFSPRAAK -> {
        if (object.equals("hvb-onbekend")) {
          v.put("regio", HVB);
          v.put("id", UUID.nameUUIDFromBytes(("onbekende-afspraak" + uniek).getBytes()).toString());
        } else {
          Afspraak a = afspraken.get(object);
          v.put("regio", a.regio());
          v.put("id", a.id().toString());
        }
      }
      case CONTACT -> v.put("id", object.equals("onbekend") ? UUID.nameUUIDFromBytes(uniek.getBytes()).toString()
          : contacten.get(object).toString());
      case ORGANISATIE -> v.put("id", object.equals("onbekend")
          ? UUID.nameUUIDFromBytes(("org" + uniek).getBytes()).toString() : organisaties.get(object).toString());
      case AZC -> {
        v.put("code", azcCode(object));
        v.put("azc", azcCode(object));
      }
      case GEBRUIKER -> v.put("id", UUID.nameUUIDFromBytes(("gebruiker" + uniek).getBytes()).toString());
      case OVERPLAATSING -> {
        v.put("regio", object.equals("nob-in") ? NOB : HVB);
        v.put("id", object.equals("onbekend") ? UUID.nameUUIDFromBytes(("overplaatsing" + uniek).getBytes()).toString()
            : overplaatsingen.get(object)[0].toString());
      }
      case GEEN -> { }
    }
    return v;
  }

  // ------------------------------------------------------------------------------------------------- seeding

  void zaai() {
    // The matrix's agreements must be the only ones in force for its gemeenten with azc Oisterwijk (they decide who
    // sees what, and the norms of its dossiers): end any active one an earlier test of this JVM left behind.
    beeindigActieve(HVB, DONGEN);
    beeindigActieve(HVB, TILBURG);
    beeindigActieve(NOB, OSS);
    LocalDate vanaf = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(30);
    // the agreements first (the dossiers of hart-van-brabant take the norms of the one in force), each in parallel
    tegelijk(List.of(
        () -> afspraken.put("hvb-actief", afspraak(HVB, "actief", vanaf, DONGEN, TILBURG)),
        () -> afspraken.put("hvb-ter-ondertekening", afspraak(HVB, "ter-ondertekening", vanaf, TILBURG)),
        () -> afspraken.put("hvb-concept", afspraak(HVB, "concept", vanaf, DONGEN)),
        () -> afspraken.put("hvb-beeindigd", afspraak(HVB, "beeindigd", vanaf, TILBURG)),
        () -> afspraken.put("nob-beeindigd", afspraak(NOB, "beeindigd", vanaf, OSS))));
    tegelijk(List.of(
        () -> dossiers.put("hvb-dongen", dossier(HVB, DONGEN, OISTERWIJK, "gekoppeld")),
        () -> dossiers.put("hvb-dongen-verhuisd", dossier(HVB, DONGEN, OISTERWIJK, "verhuisd")),
        () -> dossiers.put("hvb-tilburg", dossier(HVB, TILBURG, OISTERWIJK, "gekoppeld")),
        () -> dossiers.put("nob-open", dossier(NOB, OSS, OISTERWIJK, "gekoppeld")),
        () -> dossiers.put("nob-verhuisd", dossier(NOB, OSS, OISTERWIJK, "verhuisd")),
        () -> dossiers.put("nob-gesloten", dossier(NOB, OSS, OISTERWIJK, "gesloten")),
        () -> dossiers.put("nob-overloon", dossier(NOB, OSS, OVERLOON, "gekoppeld")),
        () -> dossiers.put("hvb-overgeplaatst", overgeplaatst()),
        () -> overplaatsingen.put("hvb-uit", verzoek()),
        () -> overplaatsingen.put("nob-in", verzoek())));

    organisaties.put("dongen", gemeenteOrganisatie(DONGEN, "Dongen"));
    organisaties.put("azc-oisterwijk", UUID.fromString((String) lijst("/api/v1/organisaties?azcCode=" + OISTERWIJK,
        "organisaties").get(0).get("id")));
    organisaties.put("partner-hvb", partner());
    partnerMetContact = partner();
    for (String c : List.of("dongen", "azc-oisterwijk", "partner-hvb")) {
      contacten.put(c, contact(c));
    }
    for (String a : List.of("oisterwijk", "gilze")) {
      azcLocaties.put(a, haal("/api/v1/azc-locaties/" + azcCode(a), tokens.token("coordinator")));
    }
  }

  @SuppressWarnings("unchecked")
  private void beeindigActieve(String regio, String gemeente) {
    String coordinator = tokens.token(regio.equals(HVB) ? "coordinator" : "coordinator-nob");
    String pad = "/api/v1/regios/" + regio + "/samenwerkingsafspraken";
    List<Map<String, Object>> actief = (List<Map<String, Object>>) haal(pad + "?paginaGrootte=100&status=actief&azc="
        + OISTERWIJK + "&gemeente=" + gemeente, coordinator).get("samenwerkingsafspraken");
    for (Map<String, Object> a : actief) {
      verstuur(HttpMethod.POST, pad + "/" + a.get("id") + "/beeindigingen", coordinator,
          Map.of("reden", "Toegangsmatrix: alleen de eigen afspraak geldt"), 201);
    }
  }

  /** Runs the pieces of work at the same time (own threads: the common pool has one thread on two cores). */
  private static void tegelijk(List<Runnable> werk) {
    java.util.concurrent.ExecutorService draden = java.util.concurrent.Executors.newFixedThreadPool(werk.size());
    try {
      List<java.util.concurrent.CompletableFuture<Void>> klaar = werk.stream()
          .map(w -> java.util.concurrent.CompletableFuture.runAsync(w, draden)).toList();
      java.util.concurrent.CompletableFuture.allOf(klaar.toArray(java.util.concurrent.CompletableFuture[]::new))
          .join();
    } finally {
      draden.shutdown();
    }
  }

  /**
   * Issue 18, "after": a dossier of noordoost-brabant (Oss, azc Oisterwijk, with its note and gesprek) moved to
   * hart-van-brabant (Dongen) by an overplaatsing its coördinator confirmed; there it gets what a Dongen dossier of
   * the matrix has (a vaste contactpersoon of Dongen, a note and a gesprek by hart-van-brabant's coördinator). Its
   * old path (nob-pad-overgeplaatst) answers 404 to everyone.
   */
  private Dossier overgeplaatst() {
    Dossier bron = dossier(NOB, OSS, OISTERWIJK, "gekoppeld");
    String nob = tokens.token("coordinator-nob");
    String hvb = tokens.token("coordinator");
    UUID verzoek = UUID.fromString((String) verstuur(HttpMethod.POST, "/api/v1/regios/" + NOB + "/dossiers/"
        + bron.id() + "/overplaatsingen", nob, Map.of("regio", HVB, "gemeente", DONGEN, "reden", "Matrixtest"), 201)
        .get("id"));
    verstuur(HttpMethod.POST, "/api/v1/regios/" + HVB + "/overplaatsingen/" + verzoek + "/bevestiging", hvb, null, 201);
    String pad = "/api/v1/regios/" + HVB + "/dossiers/" + bron.id();
    Map<String, Object> nu = verstuur(HttpMethod.GET, pad, hvb, null, 200);
    Map<String, Object> invoer = dossierInvoer(DONGEN, OISTERWIJK, "gekoppeld");
    invoer.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon(persoonMerk, achternamen.get(bron.id())));
    web.put().uri(pad).headers(h -> {
      h.setBearerAuth(hvb);
      h.setIfMatch("\"" + nu.get("versie") + "\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange().expectStatus().isOk();
    UUID notitie = UUID.fromString((String) verstuur(HttpMethod.POST, pad + "/notities", hvb,
        Map.of("onderwerp", "Matrix", "tekst", "Notitie van de coördinator"), 201).get("id"));
    gesprekken.put(bron.id(), UUID.fromString((String) verstuur(HttpMethod.POST, pad + "/gesprekken", hvb,
        gesprekInvoer(HVB), 201).get("id")));
    return new Dossier(HVB, DONGEN, OISTERWIJK, "gekoppeld", bron.id(), notitie);
  }

  /** Issue 18, "before": an open request of a fresh hvb dossier (Dongen) to noordoost-brabant (Oss). */
  private UUID[] verzoek() {
    Dossier d = dossier(HVB, DONGEN, OISTERWIJK, "gekoppeld");
    UUID id = UUID.fromString((String) verstuur(HttpMethod.POST, "/api/v1/regios/" + HVB + "/dossiers/" + d.id()
        + "/overplaatsingen", tokens.token("coordinator"), Map.of("regio", NOB, "gemeente", OSS, "reden",
        "Matrixtest"), 201).get("id"));
    return new UUID[] {id, d.id()};
  }

  /** A new object like the named one, for a write expected to succeed; {@code false} when the kind has none. */
  boolean vers(Soort soort, String object) {
    switch (soort) {
      case OVERPLAATSING -> {
        if (!overplaatsingen.containsKey(object)) {
          return false;
        }
        overplaatsingen.put(object, verzoek());
        return true;
      }
      case DOSSIER -> {
        if (object.equals("hvb-overgeplaatst")) {
          dossiers.put(object, overgeplaatst());
          return true;
        }
        Dossier d = dossiers.get(object);
        if (d == null) {
          return false;
        }
        dossiers.put(object, dossier(d.regio(), d.gemeente(), d.azc(), d.status()));
        return true;
      }
      case AFSPRAAK -> {
        Afspraak a = afspraken.get(object);
        if (a == null) {
          return false;
        }
        afspraken.put(object, afspraak(a.regio(), a.status(), LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(30),
            a.gemeenten().toArray(String[]::new)));
        return true;
      }
      case CONTACT -> {
        if (!contacten.containsKey(object)) {
          return false;
        }
        contacten.put(object, contact(object));
        return true;
      }
      case ORGANISATIE -> {
        if (!object.equals("partner-hvb")) {
          return false;
        }
        organisaties.put(object, partner());
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private Afspraak afspraak(String regio, String status, LocalDate vanaf, String... gemeenten) {
    String coordinator = tokens.token(regio.equals(HVB) ? "coordinator" : "coordinator-nob");
    String pad = "/api/v1/regios/" + regio + "/samenwerkingsafspraken";
    Map<String, Object> body = afspraakVerzoek(OISTERWIJK, vanaf, gemeenten);
    UUID id = UUID.fromString((String) verstuur(HttpMethod.POST, pad, coordinator, body, 201).get("id"));
    if (!status.equals("concept")) {
      verstuur(HttpMethod.POST, pad + "/" + id + "/ter-ondertekening", coordinator, null, 200);
    }
    if (status.equals("actief") || regio.equals(NOB) && status.equals("beeindigd")) {
      for (String g : gemeenten) {
        verstuur(HttpMethod.POST, pad + "/" + id + "/ondertekeningen", tokens.token("medewerker-" + g),
            Map.of("partij", g), 201);
      }
      verstuur(HttpMethod.POST, pad + "/" + id + "/ondertekeningen", tokens.token("coa-oisterwijk"),
          Map.of("partij", OISTERWIJK), 201);
    }
    if (status.equals("beeindigd")) {
      verstuur(HttpMethod.POST, pad + "/" + id + "/beeindigingen", coordinator, Map.of("reden", "Matrixtest"), 201);
    }
    return new Afspraak(regio, OISTERWIJK, List.of(gemeenten), status, id);
  }

  /** A valid agreement body: the azc and the gemeenten as parties (fresh contacts), the region's norms. */
  static Map<String, Object> afspraakVerzoek(String azc, LocalDate vanaf, String... gemeenten) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("azc", Map.of("code", azc, "contactpersoonId", TestContactpersonen.nieuw(azc).toString()));
    List<Map<String, Object>> gs = new ArrayList<>();
    for (String g : gemeenten) {
      gs.add(Map.of("cbsCode", g, "contactpersoonId", TestContactpersonen.nieuw(azc).toString()));
    }
    b.put("gemeenten", gs);
    b.put("scenario", "snelle-start");
    b.put("geldigVanaf", vanaf.toString());
    b.put("afspraken", "Matrixafspraak");
    return b;
  }

  private Dossier dossier(String regio, String gemeente, String azc, String status) {
    String coordinator = tokens.token(regio.equals(HVB) ? "coordinator" : "coordinator-nob");
    String pad = "/api/v1/regios/" + regio + "/dossiers";
    Map<String, Object> invoer = dossierInvoer(gemeente, azc, status.equals("gesloten") ? "gekoppeld" : status);
    UUID id = UUID.fromString((String) verstuur(HttpMethod.POST, pad, coordinator, invoer, 201).get("id"));
    achternamen.put(id, (String) ((Map<?, ?>) invoer.get("persoon")).get("achternaam"));
    UUID notitie = UUID.fromString((String) verstuur(HttpMethod.POST, pad + "/" + id + "/notities", coordinator,
        Map.of("onderwerp", "Matrix", "tekst", "Notitie van de coördinator"), 201).get("id"));
    // a gesprek of the dossier's driegesprek (yesterday: it can be recorded as held), planned before it closes
    gesprekken.put(id, UUID.fromString((String) verstuur(HttpMethod.POST, pad + "/" + id + "/gesprekken",
        coordinator, gesprekInvoer(regio), 201).get("id")));
    if (status.equals("gesloten")) {
      verstuur(HttpMethod.POST, pad + "/" + id + "/sluitingen", coordinator, null, 201);
    }
    return new Dossier(regio, gemeente, azc, status, id, notitie);
  }

  /**
   * A plan for the matrix dossiers' gesprek: their driegesprek (hart-van-brabant plans one after the koppeling,
   * noordoost-brabant only the one before the move), yesterday at ten, at the azc, with the casemanager.
   */
  Map<String, Object> gesprekInvoer(String regio) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("soort", regio.equals(HVB) ? "driegesprek" : "driegesprek-voor-verhuizing");
    java.time.ZoneId zone = java.time.ZoneId.of("Europe/Amsterdam");
    m.put("begintOp", LocalDate.now(zone).minusDays(1).atTime(10, 0).atZone(zone).toOffsetDateTime().toString());
    m.put("duurMinuten", 60);
    m.put("vorm", "op-het-azc");
    m.put("locatie", "azc Oisterwijk");
    m.put("deelnemers", List.of(casemanager(OISTERWIJK).toString()));
    return m;
  }

  /** The version of the matrix gesprek of a dossier (If-Match of the gesprek's changes). */
  String gesprekVersie(String object) {
    Dossier d = object.equals("nob-pad-hvb-id") ? dossiers.get("hvb-dongen") : dossiers.get(object);
    if (d == null || !gesprekken.containsKey(d.id())) {
      return "1";
    }
    try {
      Connection c = db();
      tenant(c, d.regio());
      String v = rij(c, "select versie::text from dossier_gesprek where id = ?", gesprekken.get(d.id()));
      return v == null ? "1" : v;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  UUID vasteContactpersoon(String gemeente) {
    return vasteContactpersonen.computeIfAbsent(gemeente, TestContactpersonen::vanGemeente);
  }

  UUID casemanager(String azc) {
    return casemanagers.computeIfAbsent(azc, TestContactpersonen::nieuw);
  }

  /**
   * The contact a list of the region's dossiers filters on, so it holds only matrix dossiers: every matrix dossier
   * of hart-van-brabant has the casemanager of azc Oisterwijk, every one of noordoost-brabant the vaste
   * contactpersoon of Oss (the filter matches either).
   */
  UUID contactpersoonVoorLijst(String regio) {
    return regio.equals(HVB) ? casemanager(OISTERWIJK) : vasteContactpersoon(OSS);
  }

  /**
   * A dossier body for a create by {@code rol}: only the contacts the role may choose (docs/security.md), so a
   * create the table expects to succeed is not refused for naming the other party's contact.
   */
  Map<String, Object> dossierInvoer(String gemeente, String azc, String status, String rol) {
    Map<String, Object> m = dossierInvoer(gemeente, azc, status);
    if (rol.startsWith("coa-")) {
      m.remove("vasteContactpersoonId");
    } else if (rol.startsWith("medewerker-")) {
      m.remove("casemanagerId");
    }
    return m;
  }

  Map<String, Object> dossierInvoer(String gemeente, String azc, String status) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gemeente", gemeente);
    m.put("azcLocatie", azc);
    m.put("koppelingsdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3).toString());
    m.put("factoren", Map.of("afstandTotAzcKm", 30, "verwachteMaandenTotWoning", 5, "kanReizen", true,
        "digitaalVaardig", false));
    m.put("vasteContactpersoonId", vasteContactpersoon(gemeente).toString());
    m.put("casemanagerId", casemanager(azc).toString());
    m.put("status", status);
    m.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon(persoonMerk, "Matrixnaam" + uniek()));
    return m;
  }

  private UUID gemeenteOrganisatie(String cbsCode, String naam) {
    List<Map<String, Object>> gevonden = lijst("/api/v1/organisaties?type=gemeente&cbsCode=" + cbsCode,
        "organisaties");
    if (!gevonden.isEmpty()) {
      return UUID.fromString((String) gevonden.get(0).get("id"));
    }
    return UUID.fromString((String) verstuur(HttpMethod.POST, "/api/v1/organisaties", tokens.token("operator"),
        Map.of("type", "gemeente", "naam", "Gemeente " + naam, "cbsCode", cbsCode), 201).get("id"));
  }

  private UUID partner() {
    return UUID.fromString((String) verstuur(HttpMethod.POST, "/api/v1/organisaties", tokens.token("operator"),
        organisatieVerzoek("partner-hvb"), 201).get("id"));
  }

  /** A valid organisation body for the kind of organisation the object is. */
  Map<String, Object> organisatieVerzoek(String object) {
    return switch (object) {
      case "dongen" -> Map.of("type", "gemeente", "naam", "Gemeente Dongen", "cbsCode", DONGEN);
      case "azc-oisterwijk" -> Map.of("type", "azc", "naam", "azc Oisterwijk", "azcCode", OISTERWIJK);
      default -> Map.of("type", "partner", "naam", "Matrixpartner " + uniek(), "partnerSoort", "taalschool",
          "regios", List.of(HVB));
    };
  }

  private UUID contact(String object) {
    return UUID.fromString((String) verstuur(HttpMethod.POST, "/api/v1/contactpersonen", tokens.token("operator"),
        contactVerzoek(object), 201).get("id"));
  }

  /** A valid contact body at the organisation the object belongs to. */
  Map<String, Object> contactVerzoek(String object) {
    UUID organisatie = object.equals("partner-hvb") ? partnerMetContact : organisaties.get(object);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("organisatieId", organisatie.toString());
    b.put("naam", "Matrixcontact " + uniek);
    b.put("functie", "klantregisseur");
    b.put("email", "matrix@voorbeeld.nl");
    return b;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> lijst(String uri, String veld) {
    return (List<Map<String, Object>>) haal(uri, tokens.token("coordinator")).get(veld);
  }

  /**
   * Completes milestone {@code type} of the dossier as its region's coördinator (for a correction to correct);
   * a milestone the dossier does not have stays absent (the case then expects its 404).
   */
  void rondAf(String object, String type) {
    Dossier d = dossiers.get(object);
    if (d == null) {
      return;
    }
    String coordinator = tokens.token(d.regio().equals(HVB) ? "coordinator" : "coordinator-nob");
    web.post().uri("/api/v1/regios/" + d.regio() + "/dossiers/" + d.id() + "/mijlpalen/" + type + "/afrondingen")
        .headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("notitie", "Matrix: af te ronden om te corrigeren")).exchange()
        .expectStatus().value(s -> org.assertj.core.api.Assertions.assertThat(s).isIn(201, 404, 409));
  }

  Map<String, Object> haalAls(String uri, String token) {
    return haal(uri, token);
  }

  private Map<String, Object> haal(String uri, String token) {
    return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
        .expectBody(JSON).returnResult().getResponseBody();
  }

  private Map<String, Object> verstuur(HttpMethod method, String uri, String token, Object body, int status) {
    WebTestClient.RequestBodySpec spec = web.method(method).uri(uri).headers(h -> h.setBearerAuth(token));
    WebTestClient.RequestHeadersSpec<?> klaar = body == null ? spec
        : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    return klaar.exchange().expectStatus().isEqualTo(status).expectBody(JSON).returnResult().getResponseBody();
  }

  // ----------------------------------------------------------------------------------- state, straight from the DB

  /**
   * Everything a write could change about an object, read from the database (so reading it writes no audit record):
   * the row(s) as JSON. {@code null} for an object that does not exist.
   */
  String stand(Soort soort, String object) {
    try {
      Connection c = db();
      return switch (soort) {
        case DOSSIER -> {
          Dossier d = object.equals("nob-pad-hvb-id") ? dossiers.get("hvb-dongen")
              : object.equals("nob-pad-overgeplaatst") ? dossiers.get("hvb-overgeplaatst") : dossiers.get(object);
          if (d == null) {
            yield null;
          }
          yield tenant(c, d.regio()) + rij(c, "select to_jsonb(d)::text from dossier d where id = ?", d.id())
              + rij(c, "select coalesce(jsonb_agg(to_jsonb(m) order by m.type), '[]')::text from dossier_mijlpaal m"
                  + " where m.dossier_id = ?", d.id())
              + rij(c, "select coalesce(jsonb_agg(to_jsonb(g) order by g.volgnummer), '[]')::text"
                  + " from dossier_gebeurtenis g where g.dossier_id = ?", d.id())
              + rij(c, "select coalesce(jsonb_agg(to_jsonb(n) order by n.id), '[]')::text"
                  + " from dossier_notitie n where n.dossier_id = ?", d.id())
              + rij(c, "select coalesce(jsonb_agg(to_jsonb(g) order by g.id), '[]')::text"
                  + " from dossier_gesprek g where g.dossier_id = ?", d.id());
        }
        case AFSPRAAK -> {
          Afspraak a = afspraken.get(object);
          if (a == null) {
            yield null;
          }
          yield tenant(c, a.regio()) + rij(c, """
              select coalesce(jsonb_agg(to_jsonb(a) order by a.versienummer), '[]')::text
              from samenwerkingsafspraak a
              where a.afspraak_id = (select afspraak_id from samenwerkingsafspraak where id = ?)""", a.id())
              + rij(c, """
              select coalesce(jsonb_agg(to_jsonb(p) order by p.afspraak_versie_id, p.partij_code), '[]')::text
              from samenwerkingsafspraak_partij p join samenwerkingsafspraak a on a.id = p.afspraak_versie_id
              where a.afspraak_id = (select afspraak_id from samenwerkingsafspraak where id = ?)""", a.id());
        }
        case CONTACT -> contacten.containsKey(object)
            ? rij(c, "select to_jsonb(x)::text from contactpersoon x where id = ?", contacten.get(object)) : null;
        case ORGANISATIE -> organisaties.containsKey(object)
            ? rij(c, "select to_jsonb(x)::text from organisatie x where id = ?", organisaties.get(object)) : null;
        case AZC -> rij(c, "select to_jsonb(x)::text from azc_locatie x where code = ?", azcCode(object));
        case REGIO -> rij(c, "select to_jsonb(x)::text from regio x where slug = ?", regioSlug(object));
        // both sides' rows of the request, and where its dossier is
        case OVERPLAATSING -> {
          UUID[] o = overplaatsingen.get(object);
          if (o == null) {
            yield null;
          }
          yield tenant(c, HVB) + rij(c, "select to_jsonb(x)::text from dossier_overplaatsing x where id = ?", o[0])
              + rij(c, "select count(*)::text from dossier where id = ?", o[1])
              + tenant(c, NOB) + rij(c, "select to_jsonb(x)::text from dossier_overplaatsing x where id = ?", o[0])
              + rij(c, "select count(*)::text from dossier where id = ?", o[1]);
        }
        // a user's state is in Keycloak: the access rule is checked before it is reached
        case GEEN, GEBRUIKER -> null;
      };
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The version (ETag value) of an object, for If-Match. */
  String versie(Soort soort, String object) {
    if (soort == Soort.AFSPRAAK && afspraken.containsKey(object)) {
      Afspraak a = afspraken.get(object);
      try {
        Connection c = db();
        tenant(c, a.regio());
        String v = rij(c, "select versie::text from samenwerkingsafspraak where id = ?", a.id());
        return v == null ? "1" : v;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    String s = stand(soort, object);
    if (s == null) {
      return "1";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"versie\": (\\d+)").matcher(s);
    return m.find() ? m.group(1) : "1";
  }

  /** The highest audit record id now (all tenants and the platform). */
  long auditHoogste() {
    try (PreparedStatement s = db().prepareStatement("select coalesce(max(id), 0) from audit_record");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The audit records written after {@code na} (about the object {@code id}, if given), as "actie resultaat". */
  List<String> auditNa(long na, String id) {
    List<String> r = new ArrayList<>();
    try (PreparedStatement s = db().prepareStatement(id == null
            ? "select actie, resultaat from audit_record where id > ? order by id"
            : "select actie, resultaat from audit_record where id > ? and object_ids @> array[?]::text[] order by id")) {
      s.setLong(1, na);
      if (id != null) {
        s.setString(2, id);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          r.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return r;
  }

  private final ThreadLocal<Connection> db = new ThreadLocal<>();
  private final List<Connection> verbindingen = new CopyOnWriteArrayList<>();

  /** One connection per thread as the schema owner (the audit log's owner policy lets it read every record). */
  private Connection db() throws SQLException {
    Connection c = db.get();
    if (c == null || c.isClosed()) {
      c = TestDatabase.shared().connectAsOwner();
      db.set(c);
      verbindingen.add(c);
    }
    return c;
  }

  /** The operations of a user's link to her gids entry (issue 14): run one by one, after the parallel groups. */
  static final Set<String> KOPPELING = Set.of("claimContactpersoon", "bevestigContactpersoonKoppeling",
      "wijsContactpersoonKoppelingAf");

  /** Issuer and subject of every token a claim case used, so the run can take its claims away at the end. */
  private final Set<List<String>> claimers = ConcurrentHashMap.newKeySet();

  /**
   * The state a case of the gids link needs: a claim needs an entry nobody claimed and a caller without a link
   * (a user holds one); a decision needs a pending claim, by a user of its own (never the caller).
   */
  void bereidKoppelingVoor(String operatie, String object, String token) {
    if (!KOPPELING.contains(operatie) || object.equals("onbekend")) {
      return;
    }
    UUID id = contacten.get(object);
    try {
      Connection c = db();
      if (operatie.equals("claimContactpersoon")) {
        wijzig(c, "update contactpersoon set koppeling_issuer = null, koppeling_subject = null, koppeling_status = null,"
            + " koppeling_aangevraagd_op = null, koppeling_bevestigd_op = null where id = ?", id);
        if (token != null) {
          var claims = com.nimbusds.jwt.JWTParser.parse(token).getJWTClaimsSet();
          claimers.add(List.of(claims.getIssuer(), claims.getSubject()));
          try (PreparedStatement s = c.prepareStatement("update contactpersoon set koppeling_issuer = null,"
              + " koppeling_subject = null, koppeling_status = null, koppeling_aangevraagd_op = null,"
              + " koppeling_bevestigd_op = null where koppeling_issuer = ? and koppeling_subject = ?")) {
            s.setString(1, claims.getIssuer());
            s.setString(2, claims.getSubject());
            s.executeUpdate();
          }
        }
      } else {
        wijzig(c, "update contactpersoon set koppeling_issuer = 'https://matrix.invalid/realms/claim',"
            + " koppeling_subject = gen_random_uuid()::text, koppeling_status = 'aangevraagd',"
            + " koppeling_aangevraagd_op = now(), koppeling_bevestigd_op = null"
            + " where id = ? and koppeling_status is distinct from 'aangevraagd'", id);
      }
    } catch (SQLException | java.text.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void wijzig(Connection c, String sql, UUID id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, id);
      s.executeUpdate();
    }
  }

  void sluit() {
    try {
      Connection c = db();
      for (List<String> claimer : claimers) {
        try (PreparedStatement s = c.prepareStatement("update contactpersoon set koppeling_issuer = null,"
            + " koppeling_subject = null, koppeling_status = null, koppeling_aangevraagd_op = null,"
            + " koppeling_bevestigd_op = null where koppeling_issuer = ? and koppeling_subject = ?")) {
          s.setString(1, claimer.get(0));
          s.setString(2, claimer.get(1));
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      // the claims stay: a later run clears them before it claims
    }

    for (Connection c : verbindingen) {
      try {
        c.close();
      } catch (SQLException e) {
        // nothing left to do
      }
    }
  }

  private static String tenant(Connection c, String regio) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      s.setString(1, Region.idFor(regio).toString());
      s.execute();
    }
    return "";
  }

  private static String rij(Connection c, String sql, Object param) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, param);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static String uniek() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }
}
