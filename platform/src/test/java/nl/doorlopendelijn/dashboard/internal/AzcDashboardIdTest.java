package nl.doorlopendelijn.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;
import org.junit.jupiter.api.Test;

/**
 * The id (SSE event id and ETag) of a liaison's azc dashboard names exactly what it is made of: which regions, each at
 * which version of which reeks. It used to be the sum of the regions' numbers, equal for other sets: after an
 * agreement began or ended, a viewer reconnecting with her Last-Event-ID skipped the new set's first version (and a
 * GET with If-None-Match got 304 for other content).
 */
class AzcDashboardIdTest {

  private static final List<String> SLUGS = List.of("a-regio", "b-regio", "c-regio");
  private static final List<String> REEKSEN = List.of("r1", "r2");

  /** Every set of up to three regions, each at number 1 to 4 of one of two reeksen: 729 compositions. */
  @Test
  void elkeSamenstellingHeeftEenEigenIdOokBijGelijkeSomVanDeNummers() {
    List<List<RegioStand>> samenstellingen = new ArrayList<>();
    samenstellingen.add(List.of());
    for (String slug : SLUGS) {
      List<List<RegioStand>> uitgebreid = new ArrayList<>();
      for (List<RegioStand> s : samenstellingen) {
        for (String reeks : REEKSEN) {
          for (long nummer = 1; nummer <= 4; nummer++) {
            List<RegioStand> meer = new ArrayList<>(s);
            meer.add(stand(slug, reeks, nummer));
            uitgebreid.add(meer);
          }
        }
      }
      samenstellingen.addAll(uitgebreid);
    }
    assertThat(samenstellingen).hasSize(729);

    Map<String, String> sleutelPerId = new HashMap<>();
    Map<Long, Integer> perSom = new HashMap<>();
    for (List<RegioStand> standen : samenstellingen) {
      String sleutel = DashboardDienst.azcSleutel(standen, "AZC-X");
      String id = DashboardDienst.azcId(sleutel);
      assertThat(id).matches("[A-Za-z0-9_-]{22}");
      assertThat(sleutelPerId.putIfAbsent(id, sleutel)).as("id %s for %s", id, sleutel).isIn(null, sleutel);
      perSom.merge(standen.stream().mapToLong(RegioStand::volgnummer).sum(), 1, Integer::sum);
    }
    assertThat(sleutelPerId).as("one id per composition").hasSize(729);
    // the cases the old id could not tell apart: many compositions share a sum
    assertThat(perSom.values().stream().filter(n -> n > 1).count()).isPositive();
    // the same composition, the same id: a viewer with an up-to-date id is not sent the same version again
    List<RegioStand> een = List.of(stand("a-regio", "r1", 3), stand("b-regio", "r2", 1));
    assertThat(DashboardDienst.azcId(DashboardDienst.azcSleutel(een, "AZC-X")))
        .isEqualTo(DashboardDienst.azcId(DashboardDienst.azcSleutel(List.of(stand("a-regio", "r1", 3),
            stand("b-regio", "r2", 1)), "AZC-X")))
        .isNotEqualTo(DashboardDienst.azcId(DashboardDienst.azcSleutel(een, "AZC-Y")));
  }

  private static RegioStand stand(String slug, String reeks, long nummer) {
    Region regio = new Region(UUID.nameUUIDFromBytes(slug.getBytes()), slug, slug, "http://issuer", "descriptor",
        "actief", null);
    return new RegioStand(new Inhoud(regio, LocalDate.of(2026, 1, 1), List.of(), List.of(), Map.of()), reeks, nummer,
        Instant.EPOCH);
  }
}
