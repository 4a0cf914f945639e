package nl.doorlopendelijn.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region registry's start-up wait, the cause of the loopback stall (ADR 0006): a request before the first load
 * is parked (no thread busy) and answered once the load is there; readiness is down until then; and the pages' own
 * API client waits longer than the registry's bounded wait, so it never gives up on a request the server holds.
 */
@PlatformTest
class RegioRegisterStartTest {

  @Autowired
  DatabaseClient db;
  @Autowired
  JsonMapper json;
  @Autowired
  IssuerSettings issuers;
  @Autowired
  Environment environment;
  @Autowired
  nl.doorlopendelijn.tenancy.Replicas replicas;

  @Test
  void eenVerzoekVoorDeEersteLaadbeurtWachtEnKrijgtDanAntwoordEnReadinessWachtMee() throws Exception {
    var registry = new DatabaseRegionRegistry(db, json, issuers, replicas);
    var gereed = new RegioRegisterGereed(registry);
    assertThat(gereed.health().map(h -> h.getStatus()).toFuture().join()).isEqualTo(Status.OUT_OF_SERVICE);

    CompletableFuture<Region> vroeg = registry.bySlug("hart-van-brabant").toFuture();
    Thread.sleep(300);
    assertThat(vroeg).as("parked until the first load").isNotDone();

    registry.reload().toFuture().join();

    assertThat(vroeg.get(DatabaseRegionRegistry.FIRST_LOAD_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
        .slug()).isEqualTo("hart-van-brabant");
    assertThat(gereed.health().map(h -> h.getStatus()).toFuture().join()).isEqualTo(Status.UP);
  }

  @Test
  void deClientVanDePaginasWachtLangerDanHetRegisterBijDeStart() {
    Duration paginas = environment.getProperty("doorlopendelijn.web.api-client.antwoord-binnen", Duration.class);
    assertThat(paginas).isGreaterThan(DatabaseRegionRegistry.FIRST_LOAD_WAIT);
  }
}
