package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.doorlopendelijn.kernel.Tijdzone;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.DatabaseUitvalContext;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.TestPersonen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL killed (SIGKILL to the postmaster and its backends, {@link #databaseGedood()}) under a mixed write
 * load: 32 careful clients (docs/operations.md, "Een zorgvuldige client") create dossiers, change them (PUT with
 * If-Match; on 412 they fetch the dossier and apply their change again) and complete milestones, every POST with an
 * Idempotency-Key, over HTTP with signed tokens. They repeat a write with the same request and key after a 503 (after
 * its Retry-After), a time-out or a lost connection, until it is acknowledged (2xx), and log every acknowledged
 * write. A 33rd client, the probe, does the same but asks again every 100 ms: it measures when the platform can
 * write again, not how long a careful client sleeps.
 *
 * <p>Measured (docs/operations.md, issue 19): how long after the kill the platform answers 503 problem+json with
 * Retry-After (never another 5xx, never a hang); how long after the database's return writes succeed again; and
 * that the database holds exactly what the clients' logs say was acknowledged, by count and by checksum (nothing
 * lost, nothing twice). A completion repeated with its key afterwards gets its first answer, not a 409.
 */
class DatabaseKillOnderSchrijflastTest extends DatabaseUitvalContext {

  private static final int CLIENTS = 32;
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";
  private static final UUID TENANT = Region.idFor(TestIssuers.HART_VAN_BRABANT);
  /** Milestones a regio-coördinator completes on any dossier, that change nothing a PUT sends. */
  private static final List<String> MIJLPALEN = List.of("kennismaking", "driegesprek");
  /** No answer within this (10 x the 503 target) is a hang. */
  private static final Duration HANG = Duration.ofSeconds(20);
  private static final LocalDate VANDAAG = LocalDate.now(Tijdzone.NL);

  @LocalServerPort
  int poort;

  private final JsonMapper json = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  /** Every answer (or its absence) any client got. Status 0: connection error; -1: no answer within HANG. */
  private final Queue<Antwoord> antwoorden = new ConcurrentLinkedQueue<>();

  record Antwoord(long verzonden, long ontvangen, int status, boolean probleemMetRetryAfter, boolean schrijven) {}

  /** What a client got acknowledged of one of its dossiers. */
  static final class Erkend {
    final UUID id;
    final String huishouden;
    final Map<String, Object> persoon;
    String verwachteVerhuisdatum;
    String etag;
    final Map<String, String> afgerond = new TreeMap<>();

    Erkend(UUID id, String huishouden, Map<String, Object> persoon, String verwachteVerhuisdatum, String etag) {
      this.id = id;
      this.huishouden = huishouden;
      this.persoon = persoon;
      this.verwachteVerhuisdatum = verwachteVerhuisdatum;
      this.etag = etag;
    }

    /** One line of the checksum: id and the fields the clients wrote. */
    String regel() {
      return id + "|" + huishouden + "|" + verwachteVerhuisdatum + "|" + afgerond.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }
  }

  /** An acknowledged completion: its request and its (first) answer. */
  record Afronding(String pad, Map<String, Object> body, String sleutel, int status, String etag, boolean herhaald) {}

  @Test
  void databaseGedoodOnderSchrijflastVerliestGeenErkendeSchrijfactie() throws Exception {
    awaitOk("/api/v1/regios/hart-van-brabant/gemeenten");
    List<Klant> klanten = new ArrayList<>();
    for (int i = 0; i <= CLIENTS; i++) {
      klanten.add(new Klant(i, i == CLIENTS));
    }
    // every path once before the load (the first request of a kind pays for lazy initialisation)
    Klant warm = klanten.get(CLIENTS);
    warm.maak();
    warm.wijzig(warm.dossiers.get(0));
    warm.rondAf(warm.dossiers.get(0), MIJLPALEN.get(0));
    assertThat(warm.fouten).isEmpty();
    AtomicBoolean door = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(klanten.size());
    List<Future<?>> lopend = klanten.stream().map(k -> threads.submit(() -> k.werk(door))).collect(
        Collectors.toList());
    try {
      // every client has its dossier (creates of one region queue on its dossier number: see docs/operations.md),
      // then the mixed load runs until some more writes are acknowledged, and the database is killed
      long begin = System.nanoTime();
      while (klanten.stream().anyMatch(k -> k.aantal() == 0) && System.nanoTime() - begin < seconden(120)) {
        Thread.sleep(100);
      }
      long gevuld = System.nanoTime();
      iedereenHeeftEenDossier = true;
      long voor = erkendeSchrijfacties();
      while (erkendeSchrijfacties() < voor + 2 * CLIENTS && System.nanoTime() - gevuld < seconden(60)) {
        Thread.sleep(100);
      }
      System.out.printf("dbkill: eerste dossiers in %d ms, last %d ms, %d schrijfacties erkend, %d keer geen"
              + " antwoord binnen %s; database gedood%n", ms(gevuld - begin), ms(System.nanoTime() - gevuld),
          erkendeSchrijfacties(), antwoorden.stream().filter(a -> a.status() == -1).count(), HANG);
      long gedood = System.nanoTime();
      this.gedood = gedood;
      databaseGedood();
      System.out.printf("dbkill: gedood in %d ms%n", ms(System.nanoTime() - gedood));
      Thread.sleep(3_000);
      long start = System.nanoTime();
      databaseStart();
      long terug = System.nanoTime();
      System.out.printf("dbkill: database %d ms na de kill weer gestart (start %d ms)%n", ms(terug - gedood),
          ms(terug - start));
      long uiterlijk = terug + Duration.ofSeconds(100).toNanos();
      while (herstel(terug) < 0 && System.nanoTime() < uiterlijk) {
        Thread.sleep(100);
      }
      Thread.sleep(2_000);
      door.set(false);
      long stop = System.nanoTime();
      for (Future<?> f : lopend) {
        f.get(120, TimeUnit.SECONDS);
      }
      System.out.printf("dbkill: klanten %d ms na het stopsein klaar%n", ms(System.nanoTime() - stop));

      List<Antwoord> alle = List.copyOf(antwoorden);
      long eerste503 = alle.stream().filter(a -> a.ontvangen() > gedood && a.status() == 503)
          .mapToLong(a -> a.ontvangen() - gedood).min().orElse(-1);
      long traagsteTijdensUitval = alle.stream().filter(a -> a.verzonden() >= gedood && a.verzonden() <= terug)
          .mapToLong(a -> a.ontvangen() - a.verzonden()).max().orElse(-1);
      long herstel = herstel(terug);
      Map<Integer, Long> perStatus = alle.stream().collect(Collectors.groupingBy(Antwoord::status, TreeMap::new,
          Collectors.counting()));
      System.out.printf("dbkill: eerste 503 na %d ms, traagste antwoord tijdens de uitval %d ms, schrijven weer"
              + " na %d ms; antwoorden per status %s%n", ms(eerste503), ms(traagsteTijdensUitval), ms(herstel),
          perStatus);

      // 503 problem+json with Retry-After soon after the kill; never another 5xx, never a hang
      assertThat(eerste503).as("no 503 after the kill").isPositive();
      assertThat(Duration.ofNanos(eerste503)).isLessThan(Duration.ofSeconds(20));
      assertThat(alle).as("every 503 is problem+json with Retry-After")
          .filteredOn(a -> a.status() == 503).allMatch(Antwoord::probleemMetRetryAfter);
      assertThat(alle).as("no 5xx but 503").noneMatch(a -> a.status() >= 500 && a.status() != 503);
      assertThat(alle).as("no hang from the kill on").noneMatch(a -> a.status() == -1 && a.ontvangen() >= gedood);
      // writes succeed again soon after the database returns
      assertThat(herstel).as("no write succeeded after the database returned").isPositive();
      assertThat(Duration.ofNanos(herstel)).isLessThan(Duration.ofSeconds(100));
      // no write was refused on its way (a retried completion that finds itself done, a 409, would be one)
      assertThat(klanten.stream().flatMap(k -> k.fouten.stream()).toList()).isEmpty();

      // the database holds exactly what was acknowledged: by count and by checksum
      List<String> erkend = klanten.stream().flatMap(k -> k.dossiers.stream()).map(Erkend::regel).sorted().toList();
      List<String> inDatabase = inDatabase();
      long erkendeAfrondingen = klanten.stream().mapToLong(k -> k.afrondingen.size()).sum();
      System.out.printf("dbkill: %d dossiers, %d afrondingen erkend; database %d dossiers; checksum %s / %s%n",
          erkend.size(), erkendeAfrondingen, inDatabase.size(), sha256(erkend), sha256(inDatabase));
      assertThat(erkend).hasSizeGreaterThan(CLIENTS);
      assertThat(inDatabase).hasSameSizeAs(erkend);
      assertThat(sha256(inDatabase)).isEqualTo(sha256(erkend));
      assertThat(inDatabase).containsExactlyElementsOf(erkend);

      // a completion repeated with its key gets its first answer (status and ETag), replayed, never a 409
      // (by its own client: a key belongs to its caller)
      List<Afronding> afrondingen = klanten.stream().flatMap(k -> k.afrondingen.stream()).toList();
      assertThat(afrondingen).isNotEmpty();
      for (Klant k : klanten) {
        for (Afronding a : k.afrondingen) {
          HttpResponse<String> r = k.stuur(k.post(a.pad(), a.body(), a.sleutel()), true);
          assertThat(r).isNotNull();
          assertThat(r.statusCode()).as(a.pad()).isEqualTo(a.status());
          assertThat(r.headers().firstValue("ETag")).hasValue(a.etag());
          assertThat(r.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        }
      }
      System.out.printf("dbkill: %d afrondingen herhaald met hun sleutel (tijdens de last al %d herhaald)%n",
          afrondingen.size(), afrondingen.stream().filter(Afronding::herhaald).count());
    } finally {
      door.set(false);
      threads.shutdownNow();
      databaseStart();
    }
  }

  private long erkendeSchrijfacties() {
    return antwoorden.stream().filter(a -> a.schrijven() && a.status() / 100 == 2).count();
  }

  /** Nanoseconds from {@code terug} until the first write sent after it was acknowledged; -1: none yet. */
  private long herstel(long terug) {
    return antwoorden.stream().filter(a -> a.schrijven() && a.verzonden() >= terug && a.status() / 100 == 2)
        .mapToLong(a -> a.ontvangen() - terug).min().orElse(-1);
  }

  private static long ms(long nanos) {
    return nanos < 0 ? nanos : TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  /** The dossiers of this run as the owner reads them (RLS forced: the tenant bound), in the clients' lines. */
  private List<String> inDatabase() throws Exception {
    List<String> regels = new ArrayList<>();
    try (Connection c = settings.connectAsOwner()) {
      c.setAutoCommit(false);
      try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, TENANT.toString());
        bind.execute();
      }
      try (PreparedStatement s = c.prepareStatement("""
          select d.id, d.huishouden, d.verwachte_verhuisdatum,
                 coalesce(string_agg(m.type || '=' || m.afgerond_op, ';' order by m.type), '') as afgerond
          from dossier d
          left join dossier_mijlpaal m on m.tenant_id = d.tenant_id and m.dossier_id = d.id
            and m.afgerond_op is not null and m.type = any (?)
          where d.huishouden like ?
          group by d.id, d.huishouden, d.verwachte_verhuisdatum
          """)) {
        s.setArray(1, c.createArrayOf("text", MIJLPALEN.toArray()));
        s.setString(2, "KILL-" + run + "-%");
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            regels.add(rs.getObject(1) + "|" + rs.getString(2) + "|" + rs.getDate(3).toLocalDate() + "|"
                + rs.getString(4));
          }
        }
      }
      c.rollback();
    }
    return regels.stream().sorted().toList();
  }

  private final AtomicBoolean gediagnosticeerd = new AtomicBoolean();
  private volatile long gedood = Long.MAX_VALUE;
  /** Until then a client with its first dossier waits: the first creates queue on the region's dossier number. */
  private volatile boolean iedereenHeeftEenDossier;

  private static long seconden(int n) {
    return Duration.ofSeconds(n).toNanos();
  }

  /** The first hang: what the database's sessions do and where the platform's threads are, for its cause. */
  private void diagnose(HttpRequest verzoek) {
    if (System.nanoTime() < gedood || !gediagnosticeerd.compareAndSet(false, true)) {
      return;
    }
    StringBuilder b = new StringBuilder("dbkill: HANG " + verzoek.method() + " " + verzoek.uri() + "\n");
    try (Connection c = java.sql.DriverManager.getConnection(settings.adminJdbcUrl());
        PreparedStatement s = c.prepareStatement("""
            select pid, usename, state, wait_event_type, wait_event, now() - xact_start, pg_blocking_pids(pid),
                   left(query, 160)
            from pg_stat_activity where datname = 'doorlopendelijn' order by xact_start nulls last
            """);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        b.append("  pg ").append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ')
            .append(rs.getString(3)).append(' ').append(rs.getString(4)).append('/').append(rs.getString(5))
            .append(" xact=").append(rs.getString(6)).append(" blocked-by=").append(rs.getString(7)).append(" | ")
            .append(rs.getString(8)).append('\n');
      }
    } catch (Exception e) {
      b.append("  pg_stat_activity: ").append(e).append('\n');
    }
    // an event loop that spins (or blocks) shows as CPU time used (or none) while the request waits: sample 0.5 s
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new java.util.HashMap<>();
    Thread.getAllStackTraces().keySet().forEach(t -> cpu.put(t.getId(), mx.getThreadCpuTime(t.getId())));
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains("epoll")).forEach(t ->
        b.append("  cpu ").append(t.getName()).append(' ')
            .append((mx.getThreadCpuTime(t.getId()) - cpu.getOrDefault(t.getId(), 0L)) / 1_000_000)
            .append(" ms in 500 ms\n"));
    Thread.getAllStackTraces().forEach((t, st) -> {
      if (t.getName().contains("epoll") || t.getName().startsWith("parallel")
          || t.getName().startsWith("boundedElastic")) {
        b.append("  thread ").append(t.getName()).append(' ').append(t.getState()).append('\n');
        for (int i = 0; i < Math.min(8, st.length); i++) {
          b.append("      at ").append(st[i]).append('\n');
        }
      }
    });
    System.out.println(b);
  }

  private static String sha256(List<String> regels) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    regels.forEach(r -> md.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(md.digest());
  }

  private void awaitOk(String pad) throws InterruptedException {
    Klant k = new Klant(-1, true);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = k.stuur(k.get(pad), false);
      if (r != null && r.statusCode() == 200) {
        antwoorden.clear();
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(pad + " did not answer 200 within 30 s");
  }

  /** One client: its own subject, its own dossiers, its own log. */
  final class Klant {
    final int nr;
    final boolean peiler;
    final String token;
    final Random rnd;
    final List<Erkend> dossiers = new ArrayList<>();
    final List<Afronding> afrondingen = new ArrayList<>();
    final List<String> fouten = new ArrayList<>();
    int volgnummer;
    int pogingen;
    private volatile int aantal;

    int aantal() {
      return aantal;
    }

    Klant(int nr, boolean peiler) {
      this.nr = nr;
      this.peiler = peiler;
      this.token = TestIssuers.shared().token(TestIssuers.HART_VAN_BRABANT, "dbkill-klant-" + nr,
          List.of("regio-coordinator"), Map.of());
      this.rnd = new Random(nr);
    }

    void werk(AtomicBoolean door) {
      while (door.get()) {
        if (!dossiers.isEmpty() && !iedereenHeeftEenDossier) {
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
          continue;
        }
        double r = rnd.nextDouble();
        List<Erkend> open = dossiers.stream().filter(d -> d.afgerond.size() < MIJLPALEN.size()).toList();
        if (dossiers.isEmpty() || r < 0.08) {
          maak();
        } else if (r < 0.5) {
          wijzig(dossiers.get(rnd.nextInt(dossiers.size())));
        } else if (!open.isEmpty()) {
          Erkend d = open.get(rnd.nextInt(open.size()));
          rondAf(d, MIJLPALEN.stream().filter(t -> !d.afgerond.containsKey(t)).findFirst().orElseThrow());
        } else {
          maak();
        }
      }
    }

    void maak() {
      String huishouden = "KILL-" + run + "-" + nr + "-" + volgnummer++;
      Map<String, Object> persoon = TestPersonen.persoon();
      String verwacht = VANDAAG.plusDays(30 + rnd.nextInt(300)).toString();
      Map<String, Object> body = invoer(huishouden, verwacht, persoon);
      String sleutel = UUID.randomUUID().toString();
      HttpResponse<String> r = totErkend(() -> post(HVB, body, sleutel), Set.of(), "maak " + huishouden);
      if (r != null && r.statusCode() == 201) {
        String locatie = r.headers().firstValue("Location").orElseThrow();
        dossiers.add(new Erkend(UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1)), huishouden,
            persoon, verwacht, r.headers().firstValue("ETag").orElseThrow()));
        aantal = dossiers.size();
      }
    }

    void wijzig(Erkend d) {
      String verwacht = VANDAAG.plusDays(30 + rnd.nextInt(300)).toString();
      Map<String, Object> body = invoer(d.huishouden, verwacht, d.persoon);
      while (true) {
        HttpResponse<String> r = totErkend(() -> put(HVB + "/" + d.id, body, d.etag), Set.of(412),
            "wijzig " + d.huishouden);
        if (r == null) {
          return;
        }
        if (r.statusCode() == 412) {
          // someone (or our own write whose answer was lost) changed it: fetch it, apply our change again
          HttpResponse<String> g = totErkend(() -> get(HVB + "/" + d.id), Set.of(), "lees " + d.huishouden);
          if (g == null) {
            return;
          }
          d.etag = g.headers().firstValue("ETag").orElseThrow();
          continue;
        }
        d.verwachteVerhuisdatum = verwacht;
        d.etag = r.headers().firstValue("ETag").orElseThrow();
        return;
      }
    }

    void rondAf(Erkend d, String type) {
      String datum = VANDAAG.minusDays(rnd.nextInt(5)).toString();
      Map<String, Object> body = Map.of("datum", datum, "notitie", "afgerond door klant " + nr);
      String sleutel = UUID.randomUUID().toString();
      String pad = HVB + "/" + d.id + "/mijlpalen/" + type + "/afrondingen";
      HttpResponse<String> r = totErkend(() -> post(pad, body, sleutel), Set.of(), "rondAf " + pad);
      if (r != null && r.statusCode() == 201) {
        d.afgerond.put(type, datum);
        d.etag = r.headers().firstValue("ETag").orElseThrow();
        afrondingen.add(new Afronding(pad, body, sleutel, r.statusCode(), d.etag, pogingen > 1));
      }
    }

    Map<String, Object> invoer(String huishouden, String verwachteVerhuisdatum, Map<String, Object> persoon) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gemeente", "GM0855");
      m.put("azcLocatie", "AZC-OISTERWIJK");
      m.put("koppelingsdatum", VANDAAG.minusDays(10).toString());
      m.put("verwachteVerhuisdatum", verwachteVerhuisdatum);
      m.put("factoren", Map.of("afstandTotAzcKm", 30, "verwachteMaandenTotWoning", 5, "kanReizen", true,
          "digitaalVaardig", false));
      m.put("persoon", persoon);
      m.put("huishouden", huishouden);
      return m;
    }

    /**
     * One write as a careful client does it: the same request (same key, same If-Match) again after a 503 (after
     * its Retry-After), a time-out, a lost connection or a 500, with a bounded backoff, until it is acknowledged
     * (2xx) or answered with a status in {@code terug}. Another 4xx is logged as a fault: null.
     */
    HttpResponse<String> totErkend(Supplier<HttpRequest> verzoek, Set<Integer> terug, String wat) {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      pogingen = 0;
      while (System.nanoTime() < deadline) {
        pogingen++;
        HttpResponse<String> r = stuur(verzoek.get(), !wat.startsWith("lees"));
        if (r != null && (r.statusCode() / 100 == 2 || terug.contains(r.statusCode()))) {
          return r;
        }
        if (r != null && r.statusCode() >= 400 && r.statusCode() < 500) {
          fouten.add(wat + " (poging " + pogingen + "): " + r.statusCode() + " " + r.body());
          return null;
        }
        long wacht = r != null && r.statusCode() == 503 && !peiler
            ? r.headers().firstValue("Retry-After").map(s -> Long.parseLong(s) * 1000).orElse(1000L)
                + rnd.nextInt(500)
            : peiler ? 100 : Math.min(2_000, 100L << Math.min(pogingen, 5)) / 2 + rnd.nextInt(500);
        try {
          Thread.sleep(wacht);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
      fouten.add(wat + ": not acknowledged within 90 s");
      return null;
    }

    HttpResponse<String> stuur(HttpRequest verzoek, boolean schrijven) {
      long verzonden = System.nanoTime();
      try {
        HttpResponse<String> r = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        boolean probleem = r.headers().firstValue("Retry-After").isPresent() && r.headers()
            .firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        antwoorden.add(new Antwoord(verzonden, System.nanoTime(), r.statusCode(), probleem, schrijven));
        return r;
      } catch (HttpTimeoutException e) {
        antwoorden.add(new Antwoord(verzonden, System.nanoTime(), -1, false, schrijven));
        diagnose(verzoek);
        return null;
      } catch (IOException e) {
        antwoorden.add(new Antwoord(verzonden, System.nanoTime(), 0, false, schrijven));
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    HttpRequest.Builder verzoek(String pad) {
      return HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(HANG)
          .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    HttpRequest get(String pad) {
      return verzoek(pad).GET().build();
    }

    HttpRequest post(String pad, Object body, String sleutel) {
      return verzoek(pad).header("Content-Type", "application/json").header("Idempotency-Key", sleutel)
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
    }

    HttpRequest put(String pad, Object body, String etag) {
      return verzoek(pad).header("Content-Type", "application/json").header("If-Match", etag)
          .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
    }
  }
}
