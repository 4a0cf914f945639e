package nl.doorlopendelijn.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.doorlopendelijn.dossiers.planning.GesprekVorm;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Every list of codes the dossier tables check names exactly the codes of the enum behind it, read from the migrated
 * schema (pg_constraint). A migration that replaces such a check whole (as V79 and V80 both did for the history's
 * steps, written on two branches at once) cannot drop a code the code still writes.
 */
@PlatformTest
class CodesInDeDatabaseTest {

  private static final Pattern LITERAL = Pattern.compile("'([^']*)'::text");

  @Autowired
  DatabaseClient db;

  static Stream<Arguments> lijsten() {
    return Stream.of(
        Arguments.of("dossier_gebeurtenis", "soort", Gebeurtenis.Soort.CODES),
        Arguments.of("dossier_gesprek", "soort", GesprekVorm.SOORT_CODES),
        Arguments.of("dossier_gesprek", "status", GesprekStatus.CODES),
        Arguments.of("dossier_gesprek", "vorm", GesprekVorm.CODES));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("lijsten")
  void deCheckNoemtPreciesDeCodes(String tabel, String kolom, List<String> codes) {
    List<String> checks = db.sql("""
            select pg_get_constraintdef(c.oid) as def from pg_constraint c
            join pg_class t on t.oid = c.conrelid
            where t.relname = :tabel and c.contype = 'c'
            order by c.conname""")
        .bind("tabel", tabel)
        .map((row, meta) -> row.get("def", String.class)).all().collectList().block();
    // the check on this column alone: "CHECK ((kolom = ANY (ARRAY['a'::text, ...])))"
    List<String> lijst = checks.stream().filter(c -> c.startsWith("CHECK ((" + kolom + " = ANY")).toList();
    assertThat(lijst).as("één check met de lijst van %s.%s in %s", tabel, kolom, checks).hasSize(1);
    assertThat(literals(lijst.get(0))).containsExactlyInAnyOrderElementsOf(codes);
  }

  private static List<String> literals(String check) {
    List<String> codes = new ArrayList<>();
    Matcher m = LITERAL.matcher(check);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }
}
