package nl.doorlopendelijn.toegang;

import static nl.doorlopendelijn.toegang.MatrixWereld.Soort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.toegang.MatrixWereld.Afspraak;
import nl.doorlopendelijn.toegang.MatrixWereld.Dossier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the access matrix: every operation of the OpenAPI document × every role × every object of the operation's kind
 * (× every milestone type, × both kinds of dossier change), each against the outcome the hand-written table
 * ({@link Toegangsmatrix}) expects. For a 200 it checks that the answer holds no matrix object the caller may not
 * see; for a refused write that the object's rows and the audit log are unchanged except for {@code geweigerd}
 * records. Reads run first, then refused writes, then writes expected to succeed (each on a fresh object).
 */
final class MatrixUitvoering {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern VARIABELE = Pattern.compile("\\{([a-zA-Z]+)}");

  /** One operation of the OpenAPI document. */
  record Operatie(String id, HttpMethod methode, String pad) {}

  /** One case of the matrix. */
  record Geval(Operatie operatie, Soort soort, String rol, String object, String variant, int verwacht,
      int regel) {

    String objectNaam() {
      return variant == null ? object : object + "/" + variant;
    }

    boolean schrijft() {
      return operatie.methode() != HttpMethod.GET && !operatie.id().equals("createScenarioAdvies")
          && !operatie.id().equals("searchDossiers");
    }

    boolean geslaagdVerwacht() {
      return verwacht >= 200 && verwacht < 300;
    }

    @Override
    public String toString() {
      return operatie.id() + " | " + rol + " | " + objectNaam();
    }
  }

  /** A case whose answer was not what the table says. */
  record Afwijking(Geval geval, int werkelijk, String opmerking) {
    @Override
    public String toString() {
      return String.format("%-36s %-19s %-32s verwacht %d, kreeg %d%s (regel %d)", geval.operatie().id(), geval.rol(),
          geval.objectNaam(), geval.verwacht(), werkelijk, opmerking.isEmpty() ? "" : ": " + opmerking,
          geval.regel());
    }
  }

  /** What a run found: the cases, the unexpected ones, and the problems of the table itself. */
  record Resultaat(List<Geval> gevallen, List<Afwijking> afwijkingen, List<String> tabelfouten, Duration duur) {}

  private final WebTestClient web;
  private final MatrixTokens tokens;
  private final Toegangsmatrix matrix;
  private final MatrixWereld wereld;
  private final Map<String, Token> tokenCache = new java.util.concurrent.ConcurrentHashMap<>();
  private Map<String, Object> hvbDescriptor;

  /** A token and when it was made: tokens live 5 minutes, so one older than 3 is made again. */
  private record Token(String waarde, long gemaakt) {}

  /**
   * @param poort the platform's port: the matrix uses a client without a connection pool (a new connection per
   *     request), so no case can land on a pooled connection the other side already gave up
   */
  MatrixUitvoering(int poort, MatrixTokens tokens, Toegangsmatrix matrix) {
    this.web = WebTestClient.bindToServer(new ReactorClientHttpConnector(
            HttpClient.create(ConnectionProvider.newConnection())))
        .baseUrl("http://localhost:" + poort).responseTimeout(Duration.ofSeconds(30)).build();
    this.tokens = rol -> tokenCache.compute(rol, (r, t) -> t != null
            && System.nanoTime() - t.gemaakt() < Duration.ofMinutes(3).toNanos() ? t
            : new Token(tokens.token(r), System.nanoTime())).waarde();
    this.matrix = matrix;
    this.wereld = new MatrixWereld(this.web, this.tokens);
  }

  // ------------------------------------------------------------------------------------------------ the cases

  List<Operatie> operaties() {
    byte[] body = web.get().uri("/api/v1/openapi.json").exchange().expectStatus().isOk().expectBody()
        .returnResult().getResponseBody();
    JsonNode doc = JSON.readTree(body);
    String server = doc.path("servers").path(0).path("url").asString("").replaceAll("/$", "");
    List<Operatie> ops = new ArrayList<>();
    doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> ops.add(new Operatie(
        m.getValue().path("operationId").asString(), HttpMethod.valueOf(m.getKey().toUpperCase()),
        server + p.getKey()))));
    ops.sort(Comparator.comparing(Operatie::id));
    return ops;
  }

  /** The kind of object a path names, from its variables; {@code null} when the matrix knows no such path. */
  static Soort soortVan(String pad) {
    if (pad.contains("/dossiers/{id}")) {
      return Soort.DOSSIER;
    }
    if (pad.contains("/samenwerkingsafspraken/{id}")) {
      return Soort.AFSPRAAK;
    }
    if (pad.matches("/api/v1/regios/\\{regio}/dossierimporten/\\{id}(/[a-z-]+)*")) {
      // an import of the region (issue 18): the matrix names one nobody started, see pad()
      return Soort.REGIO;
    }
    if (pad.matches("/api/v1/regios/\\{regio}/overplaatsingen/\\{id}(/[a-z-]+)*")) {
      return Soort.OVERPLAATSING;
    }
    if (pad.matches("/api/v1/(beheer/)?regios/\\{regio}(/[a-z-]+)*")) {
      return Soort.REGIO;
    }
    if (pad.matches("/api/v1/contactpersonen/\\{id}(/[a-z-]+)*")) {
      return Soort.CONTACT;
    }
    if (pad.matches("/api/v1/organisaties/\\{id}(/[a-z-]+)*")) {
      return Soort.ORGANISATIE;
    }
    if (pad.matches("/api/v1/azc-locaties/\\{(code|azc)}(/[a-z-]+)*")) {
      return Soort.AZC;
    }
    if (pad.matches("/api/v1/gebruikers/\\{id}(/[a-z-]+)*")) {
      return Soort.GEBRUIKER;
    }
    if (pad.matches("/api/v1/mijn/notificaties/\\{regio}/\\{id}/gelezen")) {
      // one's own notification: no matrix role has one (none holds a confirmed gids link), see pad()
      return Soort.GEEN;
    }
    return pad.contains("{") ? null : Soort.GEEN;
  }

  static List<String> varianten(Operatie op) {
    if (op.pad().contains("{type}")) {
      List<String> types = new ArrayList<>();
      for (MijlpaalType t : MijlpaalType.values()) {
        types.add(t.code());
      }
      return types;
    }
    if (op.id().equals("updateDossier")) {
      return List.of("wijzig", "hermatch");
    }
    List<String> geen = new ArrayList<>();
    geen.add(null);
    return geen;
  }

  /** Every case, or the reasons the table cannot give one (missing operations, kinds, rules). */
  Resultaat gevallen(List<Operatie> ops) {
    List<Geval> gevallen = new ArrayList<>();
    List<String> fouten = new ArrayList<>();
    Set<Integer> gebruikt = new HashSet<>();
    for (Operatie op : ops) {
      Soort soort = soortVan(op.pad());
      if (soort == null) {
        fouten.add("operatie " + op.id() + " (" + op.methode() + " " + op.pad()
            + ") heeft een pad dat de matrix niet kent: voeg de objectsoort toe");
        continue;
      }
      if (!matrix.noemt(op.id())) {
        fouten.add("operatie " + op.id() + " (" + op.methode() + " " + op.pad()
            + ") ontbreekt in toegangsmatrix.csv");
        continue;
      }
      for (String rol : MatrixTokens.ROLLEN) {
        for (String object : MatrixWereld.objecten(soort)) {
          for (String variant : varianten(op)) {
            String naam = variant == null ? object : object + "/" + variant;
            var regel = matrix.regelVoor(op.id(), rol, naam);
            if (regel.isEmpty()) {
              fouten.add("geen regel voor " + op.id() + " | " + rol + " | " + naam);
              continue;
            }
            gebruikt.add(regel.get().regel());
            gevallen.add(new Geval(op, soort, rol, object, variant, regel.get().verwacht(), regel.get().regel()));
          }
        }
      }
    }
    for (Toegangsmatrix.Regel r : matrix.regels()) {
      if (!gebruikt.contains(r.regel())) {
        fouten.add("regel " + r.regel() + " (" + r.operatie() + ";" + r.rol() + ";" + r.object()
            + ") past op geen enkel geval");
      }
    }
    return new Resultaat(gevallen, List.of(), fouten, Duration.ZERO);
  }

  // ------------------------------------------------------------------------------------------------ running

  Resultaat voerUit(Predicate<Geval> selectie) {
    long start = System.nanoTime();
    Resultaat opzet = gevallen(operaties());
    wereld.zaai();
    hvbDescriptor = wereld.haalAls("/api/v1/beheer/regios/" + MatrixWereld.HVB + "/descriptor", tokens.token("operator"));
    List<Geval> gekozen = opzet.gevallen().stream().filter(selectie).toList();
    long gezaaid = System.nanoTime();
    System.out.printf("Toegangsmatrix: wereld gezaaid in %.1f s%n", (gezaaid - start) / 1e9);
    List<Afwijking> afwijkingen = new java.util.concurrent.CopyOnWriteArrayList<>();
    Map<String, long[]> perFase = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.ExecutorService draden = java.util.concurrent.Executors.newFixedThreadPool(PARALLEL);
    try {
      // 1. reads: independent of each other, in parallel
      List<List<Geval>> lezen = gekozen.stream().filter(g -> !g.schrijft()).map(List::of).toList();
      allemaal(draden, lezen, afwijkingen, perFase);
      // 2. writes on an object with an id: one group per object (refused first, then those expected to succeed,
      //    each on a fresh object), groups in parallel; the audit check looks at the records about that object
      Map<String, List<Geval>> perObject = new TreeMap<>();
      List<Geval> zonderId = new ArrayList<>();
      for (Geval g : gekozen) {
        if (g.schrijft()) {
          String sleutel = groep(g);
          if (sleutel == null) {
            zonderId.add(g);
          } else {
            perObject.computeIfAbsent(sleutel, k -> new ArrayList<>()).add(g);
          }
        }
      }
      perObject.values().forEach(l -> l.sort(Comparator.comparing(Geval::geslaagdVerwacht)));
      allemaal(draden, List.copyOf(perObject.values()), afwijkingen, perFase);
      // 3. the other writes (creates, regions, azc-locaties) one by one: their audit check sees every new record
      zonderId.sort(Comparator.comparing(Geval::geslaagdVerwacht));
      allemaal(draden, List.of(zonderId), afwijkingen, perFase);
      // 4. contract rule 5: a refused operation on a dossier leaves an audit record 'geweigerd'. One read and one
      //    write per role and dossier, one by one (the record need not name the dossier: every new record counts)
      for (Geval g : gekozen) {
        if (g.soort() == Soort.DOSSIER && (g.verwacht() == 403 || g.verwacht() == 404) && !g.rol().equals("anoniem")
            && (g.operatie().id().equals("getDossier") || g.operatie().id().equals("closeDossier"))) {
          Afwijking a = voerUit(g, true);
          if (a != null && a.opmerking().contains(GEEN_WEIGERING)) {
            afwijkingen.add(a);
          }
        }
      }
    } finally {
      draden.shutdownNow();
      wereld.sluit();
    }
    perFase.forEach((k, f) -> System.out.printf("Toegangsmatrix: %-20s %5d gevallen, %.1f s in draden%n",
        k, f[0], f[1] / 1e9));
    new java.util.TreeMap<>(STAP).forEach((k, t) -> System.out.printf("Toegangsmatrix: stap %-10s %.1f s in draden%n",
        k, t.sum() / 1e9));
    System.out.printf("Toegangsmatrix: %d gevallen uitgevoerd in %.1f s (%d draden)%n", gekozen.size(),
        (System.nanoTime() - gezaaid) / 1e9, PARALLEL);
    List<Afwijking> gesorteerd = new ArrayList<>(afwijkingen);
    gesorteerd.sort(Comparator.comparing((Afwijking a) -> a.geval().operatie().id())
        .thenComparing(a -> MatrixTokens.ROLLEN.indexOf(a.geval().rol())).thenComparing(a -> a.geval().objectNaam()));
    return new Resultaat(gekozen, gesorteerd, opzet.tabelfouten(), Duration.ofNanos(System.nanoTime() - start));
  }

  static final int PARALLEL = 4;

  /** Runs every group (its cases one after the other) on the threads, and waits for all. */
  private void allemaal(java.util.concurrent.ExecutorService draden, List<List<Geval>> groepen,
      List<Afwijking> afwijkingen, Map<String, long[]> perFase) {
    List<java.util.concurrent.Future<?>> klaar = new ArrayList<>();
    for (List<Geval> groep : groepen) {
      klaar.add(draden.submit(() -> {
        for (Geval g : groep) {
          long t0 = System.nanoTime();
          try {
            Afwijking a = voerUit(g);
            if (a != null) {
              afwijkingen.add(a);
            }
          } catch (RuntimeException | AssertionError e) {
            afwijkingen.add(new Afwijking(g, -1, "fout in de test: " + e));
          }
          String fase = !g.schrijft() ? "lezen" : g.geslaagdVerwacht() ? "schrijven-geslaagd" : "schrijven-geweigerd";
          long[] f = perFase.computeIfAbsent(fase, k -> new long[2]);
          synchronized (f) {
            f[0]++;
            f[1] += System.nanoTime() - t0;
          }
        }
      }));
    }
    for (java.util.concurrent.Future<?> f : klaar) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /** The object a write works on, when it has an id of its own (the audit records name it); else {@code null}. */
  private static String groep(Geval g) {
    if (MatrixWereld.KOPPELING.contains(g.operatie().id())) {
      return null; // a user holds one link: claims by one role on several entries must not run at once
    }
    return switch (g.soort()) {
      case DOSSIER -> g.object().equals("hvb-onbekend") ? null
          : "dossier:" + (g.object().equals("nob-pad-hvb-id") ? "hvb-dongen"
              : g.object().equals("nob-pad-overgeplaatst") ? "hvb-overgeplaatst" : g.object());
      case OVERPLAATSING -> g.object().equals("onbekend") ? null : "overplaatsing:" + g.object();
      case AFSPRAAK -> g.object().equals("hvb-onbekend") ? null : "afspraak:" + g.object();
      // a contact's audit records name its organisation too: a contact and its organisation share a group
      case CONTACT, ORGANISATIE -> g.object().equals("onbekend") ? null : "gids:" + g.object();
      default -> null;
    };
  }

  static final String GEEN_WEIGERING = "geen auditrecord 'geweigerd' (contract 5)";

  private Afwijking voerUit(Geval g) {
    return voerUit(g, false);
  }

  static final Map<String, java.util.concurrent.atomic.LongAdder> STAP = new java.util.concurrent.ConcurrentHashMap<>();

  static <T> T stap(String naam, java.util.function.Supplier<T> s) {
    long t0 = System.nanoTime();
    try {
      return s.get();
    } finally {
      STAP.computeIfAbsent(naam, k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t0);
    }
  }

  private Afwijking voerUit(Geval g, boolean eisWeigering) {
    if (g.schrijft() && g.geslaagdVerwacht()) {
      stap("vers", () -> {
        wereld.vers(g.soort(), g.object());
        if (g.operatie().id().equals("correctDossierMijlpaal")) {
          // a correction needs a completed milestone: complete it first (as the region's coördinator)
          wereld.rondAf(g.object(), g.variant());
        }
        return null;
      });
    }
    stap("koppeling", () -> {
      wereld.bereidKoppelingVoor(g.operatie().id(), g.object(), tokens.token(g.rol()));
      return null;
    });
    Map<String, String> vars = wereld.variabelen(g.soort(), g.object());
    String voor = g.schrijft() ? stap("stand", () -> wereld.stand(g.soort(), g.object())) : null;
    long audit = g.schrijft() || eisWeigering ? stap("audit", () -> wereld.auditHoogste()) : 0;

    Antwoord antwoord = stap("stuur", () -> stuur(g, vars));

    List<String> opmerkingen = new ArrayList<>();
    if (antwoord.status() >= 400 && !antwoord.problem()) {
      opmerkingen.add("geen application/problem+json maar " + antwoord.contentType() + " ("
          + antwoord.body().substring(0, Math.min(120, antwoord.body().length())).replace('\n', ' ') + ")");
    }
    if (antwoord.status() == 200 && !g.schrijft()) {
      opmerkingen.addAll(inhoud(g, vars, antwoord.body()));
    }
    if (eisWeigering && wereld.auditNa(audit, null).stream().noneMatch(r -> r.endsWith(" geweigerd"))) {
      opmerkingen.add(GEEN_WEIGERING);
    }
    if (g.schrijft() && !g.geslaagdVerwacht()) {
      String na = stap("stand", () -> wereld.stand(g.soort(), g.object()));
      List<String> nieuw = stap("audit", () -> wereld.auditNa(audit, groep(g) == null || eisWeigering ? null
          : vars.get("id"))).stream().filter(r -> !r.endsWith(" geweigerd")).toList();
      if (!nieuw.isEmpty()) {
        opmerkingen.add("auditlog kreeg " + nieuw);
      }
      if (voor != null && !voor.equals(na)) {
        opmerkingen.add("geweigerde schrijfactie veranderde het object");
        // the next cases must not inherit the change
        wereld.vers(g.soort(), g.object().equals("nob-pad-hvb-id") ? "hvb-dongen" : g.object());
      }
      if (g.operatie().id().equals("createAzcLocatie") && antwoord.status() < 300) {
        opmerkingen.add("azc-locatie aangemaakt");
      }
    }
    if (antwoord.status() != g.verwacht() || !opmerkingen.isEmpty()) {
      return new Afwijking(g, antwoord.status(), String.join("; ", opmerkingen));
    }
    return null;
  }

  record Antwoord(int status, String contentType, String body) {
    boolean problem() {
      return contentType != null && contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }
  }

  private Antwoord stuur(Geval g, Map<String, String> vars) {
    String uri = pad(g, vars) + query(g, vars);
    String token = tokens.token(g.rol());
    Object body = body(g, vars);
    boolean stroom = g.operatie().pad().endsWith("/stream");
    WebTestClient.RequestBodySpec spec = web.method(g.operatie().methode()).uri(uri).headers(h -> {
      if (token != null) {
        h.setBearerAuth(token);
      }
      if (stroom) {
        h.setAccept(List.of(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON));
      } else if (g.operatie().id().equals("getContactpersoon")) {
        h.setAccept(List.of(MediaType.APPLICATION_JSON));
      }
      if (g.operatie().id().equals("updateDossierNotitie")) {
        // the matrix dossier's note: version 1 (a correction expected to succeed works on a fresh dossier)
        h.setIfMatch("\"1\"");
      } else if (g.operatie().pad().contains("{gesprekId}") && g.schrijft()) {
        h.setIfMatch("\"" + wereld.gesprekVersie(g.object()) + "\"");
      } else if (g.schrijft() && g.soort() != Soort.GEEN && g.soort() != Soort.REGIO) {
        h.setIfMatch("\"" + wereld.versie(g.soort(), g.object()) + "\"");
      }
    });
    WebTestClient.RequestHeadersSpec<?> klaar = body == null ? spec
        : body instanceof org.springframework.util.MultiValueMap<?, ?> delen
            ? spec.contentType(MediaType.MULTIPART_FORM_DATA).body(
                org.springframework.web.reactive.function.BodyInserters.fromMultipartData(
                    (org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>>) delen))
            : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    if (stroom) {
      FluxExchangeResult<String> r = klaar.exchange().returnResult(String.class);
      int status = r.getStatus().value();
      MediaType type = r.getResponseHeaders().getContentType();
      String eerste = r.getResponseBody().take(1).blockFirst(Duration.ofSeconds(20));
      return new Antwoord(status, type == null ? null : type.toString(), eerste == null ? "" : eerste);
    }
    EntityExchangeResult<byte[]> r = klaar.exchange().expectBody().returnResult();
    MediaType type = r.getResponseHeaders().getContentType();
    byte[] inhoud = r.getResponseBody();
    return new Antwoord(r.getStatus().value(), type == null ? null : type.toString(),
        inhoud == null ? "" : new String(inhoud, StandardCharsets.UTF_8));
  }

  private static String pad(Geval g, Map<String, String> vars) {
    Matcher m = VARIABELE.matcher(g.operatie().pad());
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String naam = m.group(1);
      // a mandaat the matrix never grants on its objects: withdrawing one is "not found" for everyone
      String waarde = naam.equals("type") ? g.variant() : naam.equals("mandaatId")
          ? java.util.UUID.randomUUID().toString() : vars.get(naam);
      if (naam.equals("id") && g.operatie().pad().contains("/dossierimporten/")) {
        waarde = java.util.UUID.randomUUID().toString(); // an import nobody started: 404 for everyone
      }
      if (g.operatie().id().equals("markeerNotificatieGelezen")) {
        // a notification of the caller's in hart-van-brabant that nobody has
        waarde = naam.equals("regio") ? MatrixWereld.HVB : java.util.UUID.randomUUID().toString();
      }
      if (waarde == null) {
        throw new IllegalStateException("geen waarde voor {" + naam + "} in " + g);
      }
      m.appendReplacement(b, Matcher.quoteReplacement(waarde));
    }
    m.appendTail(b);
    return b.toString();
  }

  private String query(Geval g, Map<String, String> vars) {
    return switch (g.operatie().id()) {
      case "listDossiers" -> "?paginaGrootte=100&contactpersoon=" + wereld.contactpersoonVoorLijst(
          vars.getOrDefault("regio", MatrixWereld.HVB));
      case "searchDossiers" -> "?paginaGrootte=100";
      case "listContactpersoonKeuzes" -> "?rol=casemanager&azc=" + MatrixWereld.OISTERWIJK;
      case "listSamenwerkingsafspraken" -> "?paginaGrootte=100";
      default -> "";
    };
  }

  /** A valid body for the operation on this object, so the answer tests the access rule and not validation. */
  private Object body(Geval g, Map<String, String> vars) {
    String regio = vars.getOrDefault("regio", MatrixWereld.HVB);
    boolean nob = regio.equals(MatrixWereld.NOB);
    return switch (g.operatie().id()) {
      case "startDossierImport" -> {
        // a file of the template's header without rows: refused whole (400) by whoever may import, nothing created
        var b = new org.springframework.http.client.MultipartBodyBuilder();
        b.part("bestand", new org.springframework.core.io.ByteArrayResource(("coaReferentie;voornamen;achternaam;"
            + "geboortedatum;taal;tolkNodig;gemeente;azc;koppelingsdatum;verwachteVerhuisdatum;huishouden\n")
            .getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "matrix.csv";
          }
        }).filename("matrix.csv");
        yield b.build();
      }
      case "updateMijnNotificatievoorkeuren" -> Map.of("voorkeuren",
          List.of(Map.of("soort", "nieuw-dossier", "bezorging", "dagelijks")));
      case "nodigCoordinatorUit" -> Map.of("voornaam", "Test", "achternaam", "Coordinator",
          "email", "coordinator@example.org");
      case "nodigGebruikerUit" -> Map.of("voornaam", "Test", "achternaam", "Medewerker",
          "email", "medewerker@example.org", "rollen", List.of("gemeente-medewerker"),
          // a gemeente of the caller's own region (the path names none: the realm is the token's)
          "gemeente", g.rol().equals("coordinator-nob") ? MatrixWereld.OSS : MatrixWereld.DONGEN);
      case "wijzigGebruiker" -> Map.of("rollen", List.of("dashboard-viewer"));
      case "createDossier" -> wereld.dossierInvoer(nob ? MatrixWereld.OSS : MatrixWereld.DONGEN,
          MatrixWereld.OISTERWIJK, "gekoppeld", g.rol());
      case "updateDossierCasemanager" -> {
        Dossier d = wereld.dossiers.get(g.object());
        yield Map.of("casemanagerId", wereld.casemanager(d != null ? d.azc() : MatrixWereld.OISTERWIJK).toString());
      }
      case "updateDossier" -> {
        Dossier d = wereld.dossiers.get(g.object());
        String gemeente = d != null ? d.gemeente() : nob ? MatrixWereld.OSS : MatrixWereld.DONGEN;
        String azc = d != null ? d.azc() : MatrixWereld.OISTERWIJK;
        String status = d != null && d.status().equals("verhuisd") ? "verhuisd" : "gekoppeld";
        if ("hermatch".equals(g.variant())) {
          gemeente = switch (gemeente) {
            case MatrixWereld.DONGEN -> MatrixWereld.TILBURG;
            case MatrixWereld.TILBURG -> MatrixWereld.DONGEN;
            default -> MatrixWereld.BERNHEZE;
          };
        }
        Map<String, Object> invoer = wereld.dossierInvoer(gemeente, azc, status);
        invoer.put("verwachteVerhuisdatum", java.time.LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(60).toString());
        yield invoer;
      }
      case "completeDossierMijlpaal" -> Map.of("notitie", "Matrixtest");
      // issue 18: to the other region, a gemeente of it
      case "createDossierOverplaatsing" -> nob ? Map.of("regio", MatrixWereld.HVB, "gemeente", MatrixWereld.DONGEN,
          "reden", "Matrixtest") : Map.of("regio", MatrixWereld.NOB, "gemeente", MatrixWereld.OSS, "reden",
          "Matrixtest");
      case "createOverplaatsingWeigering" -> Map.of("reden", "Matrixtest");
      case "createDossierNotitie", "updateDossierNotitie" -> Map.of("onderwerp", "Matrixtest", "tekst",
          "Matrixtest");
      case "createDossierGesprek", "updateDossierGesprek" -> wereld.gesprekInvoer(regio);
      case "createDossierGesprekVerslag" -> Map.of("inburgeraarAanwezig", true, "notitie", "Matrixtest");
      case "createDossierGesprekAnnulering" -> Map.of("reden", "Matrixtest");
      case "correctDossierMijlpaal" -> Map.of("reden", "Matrixtest", "ongedaanMaken", true);
      case "searchDossiers" -> Map.of("tekst", wereld.persoonMerk);
      case "createSamenwerkingsafspraak" -> MatrixWereld.afspraakVerzoek(MatrixWereld.OISTERWIJK,
          java.time.LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(30), nob ? MatrixWereld.OSS : MatrixWereld.DONGEN);
      case "updateSamenwerkingsafspraak" -> {
        Afspraak a = wereld.afspraken.get(g.object());
        yield MatrixWereld.afspraakVerzoek(MatrixWereld.OISTERWIJK, java.time.LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(30),
            a == null ? new String[] {MatrixWereld.DONGEN} : a.gemeenten().toArray(String[]::new));
      }
      case "signSamenwerkingsafspraak" -> Map.of("partij", switch (g.rol()) {
        case "medewerker-dongen" -> MatrixWereld.DONGEN;
        case "medewerker-tilburg" -> MatrixWereld.TILBURG;
        case "coa-gilze" -> MatrixWereld.GILZE;
        default -> MatrixWereld.OISTERWIJK;
      });
      case "endSamenwerkingsafspraak" -> Map.of("reden", "Matrixtest");
      case "grantMandaat" -> Map.of("gemeente", g.rol().equals("medewerker-dongen") ? MatrixWereld.DONGEN
          : MatrixWereld.TILBURG, "kenmerk", "Matrixtest");
      case "createContactpersoon" -> wereld.contactVerzoek("dongen");
      case "updateContactpersoon" -> wereld.contactVerzoek(g.object().equals("onbekend") ? "dongen" : g.object());
      case "createOrganisatie" -> wereld.organisatieVerzoek("partner-hvb");
      case "updateOrganisatie" -> wereld.organisatieVerzoek(g.object());
      case "createAzcLocatie" -> Map.of("code", "AZC-MATRIX-" + MatrixWereld.uniek().toUpperCase(), "naam",
          "azc Matrix", "plaats", "Matrixdorp", "coaRegio", "Zuid");
      case "updateAzcLocatie" -> {
        Map<String, Object> huidig = wereld.azcLocaties.getOrDefault(g.object(), wereld.azcLocaties.get("oisterwijk"));
        Map<String, Object> b = new LinkedHashMap<>();
        // the whole changeable state (PUT): what is left out becomes empty
        for (String k : List.of("naam", "plaats", "coaRegio", "type", "gemeente", "breedtegraad", "lengtegraad",
            "actief")) {
          b.put(k, huidig.get(k));
        }
        yield b;
      }
      case "onboardRegio" -> hvbDescriptor;
      case "createScenarioAdvies" -> Map.of("afstandTotAzcKm", 30, "verwachteMaandenTotWoning", 5, "kanReizen", true,
          "digitaalVaardig", false);
      default -> null;
    };
  }

  // ------------------------------------------------------------------------------------- what a 200 may hold

  /** The objects of the matrix this role may not see, by the table's own rules for reading one object. */
  private Set<String> onzichtbareIds(String rol) {
    Set<String> ids = new HashSet<>();
    wereld.dossiers.forEach((naam, d) -> {
      if (verwacht("getDossier", rol, naam) != 200) {
        ids.add(d.id().toString());
      }
    });
    wereld.afspraken.forEach((naam, a) -> {
      if (verwacht("getSamenwerkingsafspraak", rol, naam) != 200) {
        ids.add(a.id().toString());
      }
    });
    return ids;
  }

  private int verwacht(String operatie, String rol, String object) {
    return matrix.regelVoor(operatie, rol, object).map(Toegangsmatrix.Regel::verwacht).orElse(-1);
  }

  private List<String> inhoud(Geval g, Map<String, String> vars, String body) {
    List<String> fouten = new ArrayList<>();
    for (String id : onzichtbareIds(g.rol())) {
      if (body.contains(id)) {
        fouten.add("antwoord bevat " + naamVan(id) + ", dat deze rol niet mag zien");
      }
      // who a dossier is about is shown only to those who may see the dossier (issue 14)
      String achternaam = wereld.achternamen.get(java.util.UUID.fromString(id));
      if (achternaam != null && body.contains(achternaam)) {
        fouten.add("antwoord noemt de naam uit " + naamVan(id) + ", dat deze rol niet mag zien");
      }
    }
    if (body.isBlank() || !(body.startsWith("{") || body.startsWith("["))) {
      return fouten;
    }
    JsonNode json = JSON.readTree(body);
    switch (g.operatie().id()) {
      case "listDossiers", "searchDossiers" -> {
        Set<String> ids = ids(json.path("dossiers"));
        wereld.dossiers.forEach((naam, d) -> {
          if (d.regio().equals(vars.get("regio")) && verwacht("getDossier", g.rol(), naam) == 200
              && !ids.contains(d.id().toString())) {
            fouten.add("lijst mist " + naam);
          }
        });
        json.path("dossiers").forEach(d -> fouten.addAll(dossierBuitenZicht(g.rol(), d)));
      }
      case "listAzcDossiers" -> {
        Set<String> ids = ids(json.path("dossiers"));
        boolean volledig = json.path("dossiers").size() < 500;
        wereld.dossiers.forEach((naam, d) -> {
          if (volledig && d.azc().equals(vars.get("azc")) && verwacht("getDossier", g.rol(), naam) == 200
              && !ids.contains(d.id().toString())) {
            fouten.add("lijst mist " + naam);
          }
        });
        json.path("dossiers").forEach(d -> {
          if (!vars.get("azc").equals(d.path("azcLocatie").asString())) {
            fouten.add("lijst bevat een dossier van " + d.path("azcLocatie").asString());
          }
        });
      }
      case "listSamenwerkingsafspraken", "listSamenwerkingsafsprakenVanAzc" -> {
        JsonNode lijst = json.path("samenwerkingsafspraken");
        Set<String> ids = ids(lijst);
        boolean volledig = json.path("paginering").path("totaalAantal").asInt(0) <= lijst.size();
        wereld.afspraken.forEach((naam, a) -> {
          boolean hier = vars.containsKey("regio") ? a.regio().equals(vars.get("regio")) : a.azc().equals(vars.get("azc"));
          if (volledig && hier && verwacht("getSamenwerkingsafspraak", g.rol(), naam) == 200
              && !ids.contains(a.id().toString())) {
            fouten.add("lijst mist " + naam);
          }
        });
        lijst.forEach(a -> fouten.addAll(afspraakBuitenZicht(g.rol(), a)));
      }
      case "listGemeenten" -> {
        Set<String> toegestaan = vars.get("regio").equals(MatrixWereld.HVB) ? MatrixWereld.GEMEENTEN_HVB
            : MatrixWereld.GEMEENTEN_NOB;
        json.path("gemeenten").forEach(x -> {
          if (!toegestaan.contains(x.path("cbsCode").asString())) {
            fouten.add("gemeente " + x.path("cbsCode").asString() + " van een andere regio");
          }
        });
      }
      case "getAzcDashboard" -> json.path("regios").forEach(r -> {
        String slug = r.path("slug").asString();
        // only the regions where an agreement of this azc is in force: hart-van-brabant for Oisterwijk
        if (!(vars.get("azc").equals(MatrixWereld.OISTERWIJK) && slug.equals(MatrixWereld.HVB))
            && isMatrixRegio(slug)) {
          fouten.add("azc-dashboard toont regio " + slug + " zonder afspraak die geldt");
        }
      });
      default -> { }
    }
    return fouten;
  }

  private static boolean isMatrixRegio(String slug) {
    return slug.equals(MatrixWereld.HVB) || slug.equals(MatrixWereld.NOB);
  }

  /** What docs/security.md lets a role see of a region's dossiers, for items that are not matrix objects. */
  private static List<String> dossierBuitenZicht(String rol, JsonNode d) {
    String gemeente = d.path("gemeente").asString();
    String azc = d.path("azcLocatie").asString();
    boolean mag = switch (rol) {
      case "medewerker-dongen" -> gemeente.equals(MatrixWereld.DONGEN);
      case "medewerker-tilburg" -> gemeente.equals(MatrixWereld.TILBURG);
      case "coa-oisterwijk" -> azc.equals(MatrixWereld.OISTERWIJK);
      case "coordinator", "coordinator-nob" -> true;
      default -> false;
    };
    return mag ? List.of() : List.of("lijst bevat dossier van " + gemeente + "/" + azc);
  }

  private static List<String> afspraakBuitenZicht(String rol, JsonNode a) {
    String azc = a.path("azc").path("code").asString();
    String status = a.path("status").asString();
    List<String> gemeenten = new ArrayList<>();
    a.path("gemeenten").forEach(x -> gemeenten.add(x.path("cbsCode").asString()));
    boolean mag = switch (rol) {
      case "medewerker-dongen" -> gemeenten.contains(MatrixWereld.DONGEN);
      case "medewerker-tilburg" -> gemeenten.contains(MatrixWereld.TILBURG);
      case "coa-oisterwijk" -> azc.equals(MatrixWereld.OISTERWIJK) && !status.equals("concept");
      case "coa-gilze" -> azc.equals(MatrixWereld.GILZE) && !status.equals("concept");
      case "coordinator", "coordinator-nob", "viewer" -> true;
      default -> false;
    };
    return mag ? List.of() : List.of("lijst bevat afspraak " + azc + "/" + status + "/" + gemeenten);
  }

  private static Set<String> ids(JsonNode lijst) {
    Set<String> ids = new HashSet<>();
    lijst.forEach(x -> ids.add(x.path("id").asString()));
    return ids;
  }

  private String naamVan(String id) {
    for (var e : wereld.dossiers.entrySet()) {
      if (e.getValue().id().toString().equals(id)) {
        return "dossier " + e.getKey();
      }
    }
    for (var e : wereld.afspraken.entrySet()) {
      if (e.getValue().id().toString().equals(id)) {
        return "afspraak " + e.getKey();
      }
    }
    return id;
  }

  // ------------------------------------------------------------------------------------------------ report

  static String rapport(Resultaat r) {
    StringBuilder b = new StringBuilder();
    Map<Integer, Integer> perStatus = new TreeMap<>();
    r.gevallen().forEach(g -> perStatus.merge(g.verwacht(), 1, Integer::sum));
    b.append(String.format("Toegangsmatrix: %d gevallen (%s) in %.1f s, %d onverwacht%n", r.gevallen().size(),
        perStatus, r.duur().toMillis() / 1000.0, r.afwijkingen().size()));
    r.tabelfouten().forEach(f -> b.append("  TABEL: ").append(f).append('\n'));
    r.afwijkingen().forEach(a -> b.append("  ").append(a).append('\n'));
    return b.toString();
  }
}
