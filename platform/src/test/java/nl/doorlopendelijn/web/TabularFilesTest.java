package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.doorlopendelijn.web.TabularFiles.Format;
import nl.doorlopendelijn.web.TabularFiles.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** What is written reads back the same, in both formats, whatever the text holds. */
class TabularFilesTest {

  private static final List<String> HEADER = List.of("naam", "datum", "aantal", "tolk");

  @ParameterizedTest
  @EnumSource(Format.class)
  void whatIsWrittenReadsBack(Format format) {
    List<List<?>> rows = List.of(
        Arrays.asList("Tilburg", LocalDate.of(2026, 3, 1), 12, true),
        Arrays.asList("'s-Hertogenbosch; \"Den Bosch\"\nnieuwe regel", LocalDate.of(2027, 12, 31), 0, false),
        Arrays.asList("Ærø ü ß تيغرينيا", null, 3, null));
    byte[] file = TabularFiles.write(format, new Sheet("Dossiers", HEADER, rows));

    assertThat(Format.sniff(file)).isEqualTo(format);
    List<List<String>> read = TabularFiles.read(format, new ByteArrayInputStream(file));
    assertThat(read).containsExactly(
        HEADER,
        List.of("Tilburg", "2026-03-01", "12", "ja"),
        List.of("'s-Hertogenbosch; \"Den Bosch\"\nnieuwe regel", "2027-12-31", "0", "nee"),
        List.of("Ærø ü ß تيغرينيا", "", "3"));
  }

  static Stream<String> formulas() {
    return Stream.of("=1+1", "+31 13 123", "-2", "@SUM(A1)", "\t=1", "\r=1");
  }

  @ParameterizedTest
  @MethodSource("formulas")
  void csvNeverHandsASpreadsheetAFormula(String text) {
    byte[] file = TabularFiles.write(Format.CSV, new Sheet("x", List.of("a"), List.of(List.of(text))));
    List<List<String>> read = TabularFiles.read(Format.CSV, new ByteArrayInputStream(file));
    assertThat(read.get(1).get(0)).startsWith("'");
    assertThat(TabularFiles.startsLikeAFormula(read.get(1).get(0))).isFalse();
  }

  @Test
  void csvIsReadWithCommasOrSemicolonsAndWithoutABom() {
    String comma = "a,b\n1,\"x,y\"\n";
    String semicolon = "\uFEFFa;b\r\n1;x,y\r\n\r\n";
    for (String text : List.of(comma, semicolon)) {
      assertThat(TabularFiles.read(Format.CSV, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
          .containsExactly(List.of("a", "b"), List.of("1", "x,y"));
    }
  }

  @Test
  void severalSheetsAreOneWorkbookOrSectionsOfOneCsv() {
    List<Sheet> sheets = List.of(new Sheet("Een", List.of("a"), List.of(List.of("1"))),
        new Sheet("Twee: met [tekens] die Excel weigert en een heel lange naam", List.of("b"), List.of(List.of("2"))));
    byte[] csv = TabularFiles.write(Format.CSV, sheets);
    assertThat(TabularFiles.read(Format.CSV, new ByteArrayInputStream(csv)))
        .containsExactly(List.of("Een"), List.of("a"), List.of("1"), List.of(),
            List.of("Twee: met [tekens] die Excel weigert en een heel lange naam"), List.of("b"), List.of("2"));
    byte[] xlsx = TabularFiles.write(Format.XLSX, sheets);
    assertThat(TabularFiles.read(Format.XLSX, new ByteArrayInputStream(xlsx)))
        .containsExactly(List.of("a"), List.of("1"));
  }

  @Test
  void aFileThatIsNotOneIsRefusedWithoutItsContent() {
    byte[] notAWorkbook = "PK\u0003\u0004 geen zip".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TabularFiles.read(Format.XLSX, new ByteArrayInputStream(notAWorkbook)))
        .isInstanceOf(TabularFiles.UnreadableFileException.class)
        .hasMessage("Het bestand is geen leesbaar Excel (.xlsx)-bestand.");
  }

  @Test
  void largeSheetsStayLinear() {
    List<List<?>> rows = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      rows.add(List.of("COA-" + i, LocalDate.of(2026, 1, 1).plusDays(i % 365), i));
    }
    for (Format format : Format.values()) {
      byte[] file = TabularFiles.write(format, new Sheet("groot", List.of("ref", "datum", "n"), rows));
      assertThat(TabularFiles.read(format, new ByteArrayInputStream(file))).hasSize(5_001);
    }
  }
}
