package nl.doorlopendelijn.directory;

import static nl.doorlopendelijn.directory.Gids.issuers;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Search latency of the contactpersonengids with 50,000 synthetic contacts (never real people), through the HTTP
 * API: token check, query, JSON. Not part of the default suite (the name does not end in Test); run it alone:
 * {@code ./mvnw -q -B -o -pl platform test -Dtest=ContactpersonengidsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Method and last figure: docs/benchmarks.md, "Contactpersonengids zoeken".
 */
@PlatformTest
class ContactpersonengidsBenchmark {

  static final int CONTACTEN = 50_000;
  static final int ORGANISATIES = 300;
  static final int OPWARMEN = 100;
  static final int METINGEN = 600;

  /** Varied searches as users type them: names, parts, accents, organisations, filters only, combinations. */
  static final List<String> ZOEKVRAGEN = List.of(
      "q=sjoerd", "q=Sjoerd de Vries", "q=sjoe", "q=vrie", "q=jose", "q=José García", "q=fatima el amrani",
      "q=mo", "q=yil", "q=Bakker", "q=de jong", "q=tesfay", "q=Ayşe", "q=ozturk", "q=klantregisseur",
      "q=klantregisseur tilburg", "q=benchmarkorganisatie 17", "q=gilze", "q=oisterwijk", "q=casemanager",
      "q=an", "q=van", "q=Nguyen", "q=abebe", "q=haddou", "q=sara amin",
      "taal=ar&beschikbaar=true", "getraind=true&regio=hart-van-brabant", "gemeente=GM0855",
      "functie=klantregisseur&gemeente=GM0784", "regio=noordoost-brabant&taal=ti",
      "q=de vries&gemeente=GM0855", "q=sjoerd&beschikbaar=true&getraind=true", "q=mohammed&taal=ar",
      "", "pagina=5&paginaGrootte=50", "q=jan&pagina=3", "q=regievoerder&regio=hart-van-brabant",
      "q=xyzonbekend", "q=vluchtelingenwerk");

  static {
    // experiment switch: -Dbenchmark.customPlans=true makes every statement of the app role plan with its values
    if (Boolean.getBoolean("benchmark.customPlans")) {
      try (Connection c = java.sql.DriverManager.getConnection(TestDatabase.shared().adminJdbcUrl());
          Statement s = c.createStatement()) {
        s.execute("alter role " + TestDatabase.shared().appUser() + " set plan_cache_mode = force_custom_plan");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Autowired
  WebTestClient web;

  @Test
  void zoekenBlijftOnder50msP95Met50000Contactpersonen() throws Exception {
    seed();
    String token = issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT);
    for (int i = 0; i < OPWARMEN; i++) {
      zoek(token, ZOEKVRAGEN.get(i % ZOEKVRAGEN.size()));
    }
    long[] nanos = new long[METINGEN];
    java.util.Map<String, List<Long>> perVraag = new java.util.TreeMap<>();
    for (int i = 0; i < METINGEN; i++) {
      String vraag = ZOEKVRAGEN.get((i * 7) % ZOEKVRAGEN.size());
      long start = System.nanoTime();
      zoek(token, vraag);
      nanos[i] = System.nanoTime() - start;
      perVraag.computeIfAbsent(vraag, v -> new ArrayList<>()).add(nanos[i]);
    }
    perVraag.entrySet().stream()
        .sorted(java.util.Comparator.comparingLong(e -> -mediaan(e.getValue())))
        .limit(15)
        .forEach(e -> System.out.printf("BENCHMARK   %-50s mediaan %.1f ms%n", e.getKey(), mediaan(e.getValue()) / 1e6));
    Arrays.sort(nanos);
    double p50 = ms(nanos, 0.50);
    double p95 = ms(nanos, 0.95);
    double p99 = ms(nanos, 0.99);
    System.out.printf("BENCHMARK contactpersonengids: %d contacten, %d zoekvragen (%d verschillende): "
            + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; load average %.1f op %d cores%n", CONTACTEN,
        METINGEN, ZOEKVRAGEN.size(), p50, p95, p99, nanos[nanos.length - 1] / 1e6,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    assertThat(p95).isLessThan(50.0);
  }

  private void zoek(String token, String vraag) {
    web.get().uri("/api/v1/contactpersonen?" + vraag).headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult();
  }

  private static long mediaan(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
  }

  /** Synthetic organisations and contacts, straight into the database as its owner (seeding, not under test). */
  static void seed() throws Exception {
    try (Connection c = TestDatabase.shared().connectAsOwner(); Statement s = c.createStatement()) {
      s.execute("""
          insert into organisatie (id, type, naam, partner_soort, regios)
          select md5('benchmark-org-' || i)::uuid, 'partner', 'Benchmarkorganisatie ' || i, 'taalschool',
                 case when i %% 2 = 0 then '{hart-van-brabant}'::text[] else '{noordoost-brabant}'::text[] end
          from generate_series(1, %d) i
          """.formatted(ORGANISATIES));
      s.execute("""
          with namen as (
            select array['Sjoerd','José','Fatima','Mohammed','Ayşe','Tesfay','Sara','Jan','Anouk','Yusuf','Mehmet',
                         'Lotte','Abebe','Zoë','Hamid','Eline','Rahwa','Kees','Noor','Dawit','Inge','Omar','Bram',
                         'Senait','Thijs','Amira','Pieter','Leila','Gerrit','Huda'] as voor,
                   array['de Vries','García','El Amrani','Yılmaz','Öztürk','Bakker','Haddou','de Jong','Tesfamariam',
                         'Janssen','Nguyen','van den Berg','Abebe','Visser','Smit','Çelik','Mulder','Amin','Bos',
                         'Kidane','van Dijk','Hendriks','Demir','Peters','Bouzid','Dekker','Ghebre','Meijer',
                         'Aydın','van Leeuwen','Brouwer','Mekonnen','de Graaf','Khalil','Kok'] as achter,
                   array['klantregisseur','COA-casemanager','regievoerder','buddy-coördinator','consulent inburgering',
                         'woonconsulent','taaldocent','maatschappelijk begeleider'] as functies,
                   array['GM0766','GM0784','GM0785','GM0797','GM0798','GM0809','GM0824','GM0855','GM0867','GM0796',
                         'GM0828','GM1721','GM1948','GM0865','GM1982'] as gemeenten,
                   array['nl','en','ar','ti','tr','fa','uk','so','fr','es'] as talen
          ), rij as (
            select i, n.*,
                   n.voor[1 + (i * 7) %% array_length(n.voor, 1)] || ' ' || n.achter[1 + (i * 13) %% array_length(n.achter, 1)]
                     || case when i %% 5 = 0 then ' ' || (i %% 97) else '' end as naam,
                   n.functies[1 + (i * 3) %% array_length(n.functies, 1)] as functie,
                   md5('benchmark-org-' || (1 + i %% %d))::uuid as org
            from generate_series(1, %d) i, namen n
          )
          insert into contactpersoon (id, organisatie_id, naam, functie, email, telefoon, regios, gemeenten,
                                      getraind_op, beschikbaar, talen, actief, zoektekst)
          select md5('benchmark-contact-' || i)::uuid, org, naam, functie, 'contact' || i || '@voorbeeld.example',
                 '+31 13 ' || lpad((i %% 10000000)::text, 7, '0'),
                 case when i %% 3 = 0 then '{hart-van-brabant,noordoost-brabant}'::text[]
                      when i %% 3 = 1 then '{hart-van-brabant}'::text[] else '{noordoost-brabant}'::text[] end,
                 array[gemeenten[1 + i %% 15], gemeenten[1 + (i * 11) %% 15]],
                 case when i %% 4 = 0 then null else date '2024-01-01' + (i %% 600) end,
                 i %% 6 <> 0,
                 array['nl', talen[1 + (i * 17) %% 10]],
                 i %% 40 <> 0,
                 f_zoeknorm(naam || ' ' || functie || ' ' || (select o.naam from organisatie o where o.id = org))
          from rij
          """.formatted(ORGANISATIES, CONTACTEN));
      s.execute("analyze organisatie");
      s.execute("analyze contactpersoon");
    }
  }

}
