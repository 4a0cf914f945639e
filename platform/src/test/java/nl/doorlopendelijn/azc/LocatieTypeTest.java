package nl.doorlopendelijn.azc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The database's check on a location's type names exactly the codes of {@link LocatieType}, read from the migrated
 * schema (pg_constraint), so a type cannot be added on one side only; and every type has a Dutch name.
 */
@PlatformTest
class LocatieTypeTest {

  private static final Pattern LITERAL = Pattern.compile("'([^']*)'::text");

  @Autowired
  DatabaseClient db;

  @Test
  void deCheckOpHetTypeNoemtPreciesDeCodesVanLocatieType() {
    List<String> checks = db.sql("""
            select pg_get_constraintdef(c.oid) as def from pg_constraint c
            join pg_class t on t.oid = c.conrelid
            where t.relname = 'azc_locatie' and c.contype = 'c' and pg_get_constraintdef(c.oid) like '%type%'""")
        .map((row, meta) -> row.get("def", String.class)).all().collectList().block();
    assertThat(checks).hasSize(1);
    List<String> codes = new ArrayList<>();
    Matcher m = LITERAL.matcher(checks.get(0));
    while (m.find()) {
      codes.add(m.group(1));
    }
    assertThat(codes).containsExactlyElementsOf(LocatieType.CODES);
  }

  @Test
  void elkTypeHeeftEenNederlandseNaamEnIsTerugTeVinden() {
    for (LocatieType t : LocatieType.values()) {
      assertThat(t.label()).isNotBlank().doesNotContain("_").isNotEqualTo(t.code());
      assertThat(LocatieType.vanCode(t.code())).contains(t);
    }
    assertThat(LocatieType.vanCode("kamp")).isEmpty();
  }
}
