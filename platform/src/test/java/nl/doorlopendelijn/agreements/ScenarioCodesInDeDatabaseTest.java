package nl.doorlopendelijn.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The database's check on an agreement's scenario names exactly the codes of {@link Scenario}, read from the
 * migrated schema itself (pg_constraint), so a new scenario cannot be added on one side only.
 */
@PlatformTest
class ScenarioCodesInDeDatabaseTest {

  private static final Pattern LITERAL = Pattern.compile("'([^']*)'::text");

  @Autowired
  DatabaseClient db;

  private List<String> checks() {
    return db.sql("""
            select pg_get_constraintdef(c.oid) as def from pg_constraint c
            join pg_class t on t.oid = c.conrelid
            where t.relname = 'samenwerkingsafspraak' and c.contype = 'c'
              and pg_get_constraintdef(c.oid) like '%scenario%'
            order by c.conname""")
        .map((row, meta) -> row.get("def", String.class)).all().collectList().block();
  }

  private static List<String> literals(String check) {
    List<String> codes = new ArrayList<>();
    Matcher m = LITERAL.matcher(check);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void deCheckOpHetScenarioNoemtPreciesDeCodesVanHetScenario() {
    List<String> lijsten = checks().stream().filter(c -> c.contains("ANY")).toList();
    assertThat(lijsten).as("één check met de lijst van scenario's").hasSize(1);
    assertThat(literals(lijsten.get(0))).containsExactlyElementsOf(Scenario.CODES);
  }

  @Test
  void deMengvormCheckNoemtDeCodeVanDeMengvorm() {
    List<String> mengvorm = checks().stream().filter(c -> c.contains("mengvorm_omschrijving")).toList();
    assertThat(mengvorm).hasSize(1);
    assertThat(literals(mengvorm.get(0))).containsExactly(Scenario.MENGVORM.code());
  }
}
