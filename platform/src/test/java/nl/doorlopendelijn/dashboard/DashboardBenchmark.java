package nl.doorlopendelijn.dashboard;

import static nl.doorlopendelijn.dashboard.DashboardTestData.HVB;
import static nl.doorlopendelijn.dashboard.DashboardTestData.HVB_ID;
import static nl.doorlopendelijn.dashboard.DashboardTestData.ISSUERS;
import static nl.doorlopendelijn.dashboard.DashboardTestData.OISTERWIJK;
import static nl.doorlopendelijn.dashboard.DashboardTestData.feiten;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.dashboard.SseKijkers.Kijker;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Not a unit test (surefire does not pick up *Benchmark): run it on purpose with
 * {@code ./mvnw -q -B -o -pl platform test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddashboard.kijkers=1000,4000}. Loopback only, bounded in time and count; results go to stdout and to
 * {@code target/dashboard-benchmark.txt}. (a) GET throughput with wrk (Debian package) when installed;
 * (b) commit→event latency over N live SSE viewers of one region.
 */
@PlatformTest
class DashboardBenchmark {

  @Autowired
  WebTestClient web;
  @Autowired
  TenantTransactions tx;
  @Autowired
  DashboardFeiten feiten;
  @LocalServerPort
  int poort;

  private final StringBuilder verslag = new StringBuilder();

  @Test
  void meet() throws Exception {
    regel("load average vooraf: " + belasting() + ", cores: " + Runtime.getRuntime().availableProcessors());
    DashboardTestData data = new DashboardTestData(web, tx, feiten);
    data.registreer(HVB_ID, feiten(40, HVB_ID, "GM0855", OISTERWIJK, "benchmark"));
    data.dashboard(HVB, ISSUERS.regioCoordinator(HVB));

    if (Files.isExecutable(Path.of("/usr/bin/wrk"))) {
      for (String rol : List.of("coordinator", "viewer")) {
        String token = rol.equals("viewer") ? ISSUERS.dashboardViewer(HVB) : ISSUERS.regioCoordinator(HVB);
        wrk(rol, token, "5s"); // warm-up
        wrk(rol, token, "15s");
      }
    } else {
      regel("wrk niet gevonden: GET-doorvoer niet gemeten");
    }

    String kijkers = System.getProperty("dashboard.kijkers", "1000");
    for (String n : kijkers.split(",")) {
      latentie(Integer.parseInt(n.trim()), 5);
    }
    regel("load average achteraf: " + belasting());
    Files.writeString(Path.of("target/dashboard-benchmark.txt"), verslag.toString());
  }

  private void wrk(String rol, String token, String duur) throws Exception {
    Process p = new ProcessBuilder("wrk", "-t2", "-c64", "-d" + duur, "--latency", "-H",
        "Authorization: Bearer " + token, "http://127.0.0.1:" + poort + "/api/v1/regios/" + HVB + "/dashboard")
        .redirectErrorStream(true).start();
    StringBuilder uit = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      r.lines().forEach(l -> uit.append(l).append('\n'));
    }
    p.waitFor();
    regel("wrk " + rol + " " + duur + ":\n" + uit);
  }

  private void latentie(int aantal, int rondes) {
    WebClient client = SseKijkers.client(poort, aantal + 10);
    String token = ISSUERS.regioCoordinator(HVB);
    List<Kijker> kijkers = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int i = 0; i < aantal; i++) {
        kijkers.add(SseKijkers.kijk(client, "/api/v1/regios/" + HVB + "/dashboard/stream", token, null));
      }
      long tot = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < tot && !kijkers.stream().allMatch(k -> !k.events.isEmpty() || k.fout != null)) {
        DashboardTestData.slaap(50);
      }
      List<Kijker> mislukt = kijkers.stream().filter(k -> k.events.isEmpty()).toList();
      regel(aantal + " kijkers: " + (aantal - mislukt.size()) + " verbonden en bij in "
          + (System.nanoTime() - start) / 1_000_000 + " ms; niet verbonden: " + mislukt.size() + " "
          + mislukt.stream().map(k -> String.valueOf(k.fout)).distinct().limit(3).toList());
      kijkers.removeAll(mislukt);
      mislukt.forEach(k -> k.abonnement.dispose());
      for (int ronde = 1; ronde <= rondes; ronde++) {
        String status = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        DashboardTestData data = new DashboardTestData(web, tx, feiten);
        long vastgelegd = System.nanoTime();
        data.registreer(HVB_ID, feiten(1, HVB_ID, "GM0855", OISTERWIJK, status));
        long commit = System.nanoTime();
        long grens = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < grens && !kijkers.stream().allMatch(k -> k.heeftEventMet(status))) {
          DashboardTestData.slaap(20);
        }
        long[] ms = kijkers.stream().filter(k -> k.heeftEventMet(status))
            .mapToLong(k -> (k.aankomstVanEerste(status) - commit) / 1_000).sorted().toArray();
        regel(String.format("%d kijkers, ronde %d: %d ontvangen; commit %d ms; commit→event p50 %.1f ms, p95 %.1f ms,"
            + " max %.1f ms", kijkers.size(), ronde, ms.length, (commit - vastgelegd) / 1_000_000,
            ms[ms.length / 2] / 1000.0,
            ms[(int) (ms.length * 0.95)] / 1000.0, ms[ms.length - 1] / 1000.0));
        DashboardTestData.slaap(500);
      }
    } finally {
      kijkers.forEach(k -> k.abonnement.dispose());
      DashboardTestData.slaap(2000);
    }
  }

  private static String belasting() {
    try {
      return Arrays.toString(Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)).replace(", " , " ");
    } catch (Exception e) {
      return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private void regel(String tekst) {
    System.out.println("[dashboard-benchmark] " + tekst);
    verslag.append(tekst).append('\n');
  }
}
