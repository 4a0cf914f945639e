package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a unit test (surefire does not pick up *Benchmark): run it on purpose with
 * {@code ./mvnw -q -B -o -pl platform test -Dtest=DossierImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dimport.rijen=5000}. Imports one CSV file of N rows (default 5,000) as the regio-coördinator through the real
 * API and measures the wall time from the POST to status klaar, and rows per second. Results go to stdout and to
 * {@code target/dossier-import-benchmark.txt}. No timed assertion: only that every row was created.
 */
@PlatformTest
class DossierImportBenchmark {

  private static final String PAD = "/api/v1/regios/hart-van-brabant/dossierimporten";

  @Autowired
  WebTestClient web;
  @Autowired
  JsonMapper json;

  @Test
  void meet() throws Exception {
    int n = Integer.getInteger("import.rijen", 5000);
    String token = TestIssuers.shared().regioCoordinator(HART_VAN_BRABANT);
    TestAfspraken.actief(web, HART_VAN_BRABANT, "AZC-OISTERWIJK", "GM0867", "2026-01-01");
    Random r = new Random(5000);
    StringBuilder prefix = new StringBuilder("BENCH-");
    for (int i = 0; i < 6; i++) {
      prefix.append((char) ('A' + r.nextInt(26)));
    }
    LocalDate koppeling = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(5);
    StringBuilder csv = new StringBuilder("coaReferentie;voornamen;achternaam;geboortedatum;taal;tolkNodig;gemeente;"
        + "azc;koppelingsdatum;verwachteVerhuisdatum;huishouden\n");
    for (int i = 1; i <= n; i++) {
      csv.append(prefix).append('-').append(i).append(";Testpersoon;Benchmark").append(i).append(";1990-05-17;ara;")
          .append(i % 2 == 0 ? "ja" : "nee").append(";Waalwijk;AZC-OISTERWIJK;").append(koppeling).append(';')
          .append(koppeling.plusMonths(3)).append(";\n");
    }
    byte[] bestand = csv.toString().getBytes(StandardCharsets.UTF_8);
    MultipartBodyBuilder b = new MultipartBodyBuilder();
    b.part("bestand", new ByteArrayResource(bestand) {
      @Override
      public String getFilename() {
        return "benchmark.csv";
      }
    }).filename("benchmark.csv");
    long start = System.nanoTime();
    String plaats = web.post().uri(PAD).headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(b.build()))
        .exchange().expectStatus().isAccepted().expectBody().returnResult().getResponseHeaders().getLocation()
        .toString();
    long geaccepteerd = System.nanoTime();
    JsonNode stand;
    // the import's state lists every dossier it made ({rij, id}): some 300 KB at 5,000 rows, above the client's
    // default of 256 KB in memory
    WebTestClient lezer = web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
    while (true) {
      stand = json.readTree(lezer.get().uri(plaats).headers(h -> h.setBearerAuth(token)).exchange()
          .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
      if (!"bezig".equals(stand.path("status").asString())) {
        break;
      }
      Thread.sleep(500);
    }
    long klaar = System.nanoTime();
    double seconden = (klaar - start) / 1e9;
    String verslag = String.format(java.util.Locale.ROOT,
        "dossier import: %d rijen (%d KB CSV), 202 na %.0f ms, klaar na %.1f s = %.0f rijen/s; aangemaakt %d,"
            + " status %s; cores %d, JVM %s%n", n, bestand.length / 1024, (geaccepteerd - start) / 1e6, seconden,
        n / seconden, stand.path("aangemaakt").asInt(), stand.path("status").asString(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
    System.out.print(verslag);
    Files.writeString(Path.of("target/dossier-import-benchmark.txt"), verslag);
    assertThat(stand.path("aangemaakt").asInt()).isEqualTo(n);
  }
}
