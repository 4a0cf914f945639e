package nl.doorlopendelijn.azc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.doorlopendelijn.dossiers.advies.Reisafstand;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The shipped tables hold together (V66, V67): every azc of the COA snapshot names a gemeente whose ligging is in the
 * table, and lies near it, so a wrong CBS code or a swapped coordinate shows here; every gemeente of the regions on
 * this platform has a ligging, so their advice can always estimate the distance.
 */
@PlatformTest
class MomentopnameTest {

  /** An azc lies in its gemeente: within this many km of the gemeente's main place (the largest are ~30 km wide). */
  private static final double BINNEN_DE_GEMEENTE_KM = 25;

  record AzcInGemeente(String code, String gemeente, double breedte, double lengte, Double gBreedte, Double gLengte) {}

  @Autowired
  DatabaseClient db;

  @Test
  void elkAzcVanDeMomentopnameLigtInDeGemeenteDieHetNoemt() {
    List<AzcInGemeente> azcs = db.sql("""
            select a.code, a.gemeente_code, a.breedtegraad, a.lengtegraad, g.breedtegraad as gb, g.lengtegraad as gl
            from azc_locatie a left join gemeente_ligging g on g.cbs_code = a.gemeente_code
            where a.type = 'azc' and a.code not like 'AZC-TEST-%' and a.code not like 'AZC-MATRIX-%'
              and a.breedtegraad is not null""")
        .map((r, m) -> new AzcInGemeente(r.get("code", String.class), r.get("gemeente_code", String.class),
            r.get("breedtegraad", Double.class), r.get("lengtegraad", Double.class), r.get("gb", Double.class),
            r.get("gl", Double.class)))
        .all().collectList().block();
    assertThat(azcs).hasSizeGreaterThanOrEqualTo(50);
    assertThat(azcs).allSatisfy(a -> {
      assertThat(a.gBreedte()).as(a.code() + ": de ligging van " + a.gemeente()).isNotNull();
      assertThat(Reisafstand.hemelsbreedKm(a.breedte(), a.lengte(), a.gBreedte(), a.gLengte()))
          .as(a.code() + " ligt in " + a.gemeente()).isLessThan(BINNEN_DE_GEMEENTE_KM);
    });
  }

  @Test
  void elkeGemeenteVanDeRegiosHeeftEenLigging() {
    List<String> zonder = db.sql("""
            select distinct g.cbs_code from regio r
            cross join lateral jsonb_array_elements(r.descriptor -> 'gemeenten') as e(gemeente)
            cross join lateral (select e.gemeente ->> 'cbsCode' as cbs_code) g
            where r.bron = 'descriptor' and not exists (select 1 from gemeente_ligging l where l.cbs_code = g.cbs_code)""")
        .map((r, m) -> r.get("cbs_code", String.class)).all().collectList().block();
    assertThat(zonder).isEmpty();
  }
}
