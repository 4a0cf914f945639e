package nl.doorlopendelijn.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The one codec for spreadsheet files, CSV and Excel (.xlsx): what the exports write and the imports read. Plain
 * and synchronous (CPU and memory only, no I/O beyond the given bytes): callers run it off the event loop, e.g. on
 * {@code Schedulers.boundedElastic()}.
 *
 * <p>CSV is written with a UTF-8 byte order mark and {@code ;} between fields, as Excel with Dutch settings opens it
 * without an import wizard; read with {@code ;} or {@code ,}, whichever the header line uses. Text cells that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) are written with a leading {@code '}
 * in CSV (OWASP "CSV injection"); in .xlsx they are plain strings, which Excel never evaluates.
 */
public final class TabularFiles {

  private static final char BOM = '\uFEFF';

  private TabularFiles() {}

  /** The two formats, with their media type and file extension. */
  public enum Format {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }

    /** By extension ({@code csv}, {@code xlsx}) or media type; empty for anything else. */
    public static Optional<Format> of(String extensionOrMediaType) {
      if (extensionOrMediaType == null) {
        return Optional.empty();
      }
      String wanted = extensionOrMediaType.trim().toLowerCase(Locale.ROOT);
      return Arrays.stream(values())
          .filter(f -> f.extension.equals(wanted) || wanted.startsWith(f.mediaType))
          .findFirst();
    }

    /** By a file name's extension; empty for anything else. */
    public static Optional<Format> ofFileName(String fileName) {
      int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
      return dot < 0 ? Optional.empty() : of(fileName.substring(dot + 1));
    }

    /** By the file's first bytes: a zip (.xlsx) or text (CSV). Names lie; contents decide. */
    public static Format sniff(byte[] content) {
      return ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(content, Math.min(content.length, 8))) ? XLSX : CSV;
    }
  }

  /**
   * One table: a sheet of a workbook, or the whole of a CSV file. Cell values may be {@code null}, a
   * {@link String}, a {@link Number}, a {@link Boolean}, a {@link LocalDate}, a {@link LocalDateTime}, an
   * {@link OffsetDateTime} or a {@link ZonedDateTime}; anything else is written as its {@code toString()}.
   */
  public record Sheet(String name, List<String> header, List<? extends List<?>> rows) {
    public Sheet {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  /**
   * Writes the sheets. A CSV file holds one table: with several sheets, each follows the previous one after an empty
   * line, preceded by its name on a line of its own.
   */
  public static byte[] write(Format format, List<Sheet> sheets) {
    try {
      return format == Format.CSV ? writeCsv(sheets) : writeXlsx(sheets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] write(Format format, Sheet sheet) {
    return write(format, List.of(sheet));
  }

  private static byte[] writeCsv(List<Sheet> sheets) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
      writer.write(BOM);
      for (int i = 0; i < sheets.size(); i++) {
        Sheet sheet = sheets.get(i);
        if (sheets.size() > 1) {
          if (i > 0) {
            csv.println();
          }
          csv.printRecord(sheet.name());
        }
        csv.printRecord(sheet.header().stream().map(TabularFiles::csvCell));
        for (List<?> row : sheet.rows()) {
          csv.printRecord(row.stream().map(TabularFiles::csvCell));
        }
      }
    }
    return out.toByteArray();
  }

  private static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "ja" : "nee";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String text = value.toString();
    return startsLikeAFormula(text) ? "'" + text : text;
  }

  /** Whether a spreadsheet would evaluate this text (OWASP: = + - @, and tab or CR before any of them). */
  static boolean startsLikeAFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  private static byte[] writeXlsx(List<Sheet> sheets) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "Doorlopende Lijn", "1.0");
    for (Sheet sheet : sheets) {
      Worksheet ws = workbook.newWorksheet(sheetName(sheet.name()));
      for (int c = 0; c < sheet.header().size(); c++) {
        ws.value(0, c, sheet.header().get(c));
        ws.style(0, c).bold().set();
      }
      ws.freezePane(0, 1);
      for (int r = 0; r < sheet.rows().size(); r++) {
        List<?> row = sheet.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          xlsxCell(ws, r + 1, c, row.get(c));
        }
      }
      if (!sheet.header().isEmpty()) {
        ws.setAutoFilter(0, 0, sheet.header().size() - 1);
      }
      ws.finish();
    }
    workbook.finish();
    return out.toByteArray();
  }

  /** Excel's limits on a sheet's name: at most 31 characters, none of {@code : \ / ? * [ ]}. */
  private static String sheetName(String name) {
    String clean = name == null || name.isBlank() ? "Blad" : name.replaceAll("[:\\\\/?*\\[\\]]", " ").trim();
    return clean.length() > 31 ? clean.substring(0, 31) : clean;
  }

  private static void xlsxCell(Worksheet ws, int r, int c, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Number n) {
      ws.value(r, c, n);
    } else if (value instanceof Boolean b) {
      ws.value(r, c, b ? "ja" : "nee");
    } else if (value instanceof LocalDate d) {
      ws.value(r, c, d);
      ws.style(r, c).format("yyyy-mm-dd").set();
    } else if (value instanceof LocalDateTime t) {
      ws.value(r, c, t);
      ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
    } else if (value instanceof OffsetDateTime t) {
      ws.value(r, c, t.toZonedDateTime());
      ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
    } else if (value instanceof ZonedDateTime t) {
      ws.value(r, c, t);
      ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
    } else {
      ws.value(r, c, value.toString());
    }
  }

  /**
   * The rows of a file (the first sheet of a workbook), each as its cells' text, header included. Trailing empty
   * rows are dropped; a row is as long as its last non-empty cell. In .xlsx, a date cell reads as ISO
   * ({@code 2026-03-01}), a whole number without decimals, a boolean as {@code ja}/{@code nee}.
   *
   * @throws UnreadableFileException when the bytes are not a CSV or .xlsx file
   */
  public static List<List<String>> read(Format format, InputStream in) {
    try {
      return format == Format.CSV ? readCsv(in) : readXlsx(in);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(format, e);
    }
  }

  /** One sheet as read: its name and its rows (header included), each row as its cells' text. */
  public record ReadSheet(String name, List<List<String>> rows) {
    public ReadSheet {
      rows = List.copyOf(rows);
    }
  }

  /**
   * Every sheet of a file as {@link #write} writes several: each sheet of a workbook by its name; in CSV each
   * section (its name on a line of its own, then its rows, up to an empty line). Cells read as in {@link #read}.
   *
   * @throws UnreadableFileException when the bytes are not a CSV or .xlsx file
   */
  public static List<ReadSheet> readSheets(Format format, InputStream in) {
    try {
      if (format == Format.XLSX) {
        List<ReadSheet> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
          for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
            try (Stream<Row> rows = sheet.openStream()) {
              sheets.add(new ReadSheet(sheet.getName(), rowsOf(rows)));
            }
          }
        }
        return List.copyOf(sheets);
      }
      List<ReadSheet> sheets = new ArrayList<>();
      List<List<String>> rows = readCsv(in);
      int i = 0;
      while (i < rows.size()) {
        if (rows.get(i).isEmpty()) {
          i++;
          continue;
        }
        String name = rows.get(i).get(0);
        List<List<String>> section = new ArrayList<>();
        for (i++; i < rows.size() && !rows.get(i).isEmpty(); i++) {
          section.add(rows.get(i));
        }
        sheets.add(new ReadSheet(name, section));
      }
      return List.copyOf(sheets);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(format, e);
    }
  }

  private static List<List<String>> rowsOf(Stream<Row> sheetRows) {
    List<List<String>> rows = new ArrayList<>();
    sheetRows.forEach(row -> {
      while (rows.size() < row.getRowNum() - 1) {
        rows.add(List.of()); // rows the sheet leaves out are empty rows
      }
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getCellCount(); c++) {
        cells.add(text(row.getCell(c)));
      }
      rows.add(trimTrailingEmpty(cells));
    });
    return trimTrailingEmptyRows(rows);
  }

  private static List<List<String>> readCsv(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    // the first line with a separator decides (a file of several sheets begins with a sheet's name alone)
    String firstLine = text.lines().filter(l -> l.indexOf(';') >= 0 || l.indexOf(',') >= 0).findFirst().orElse("");
    char delimiter = count(firstLine, ';') >= count(firstLine, ',') && firstLine.indexOf(';') >= 0 ? ';' : ',';
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.EXCEL.builder().setDelimiter(delimiter).get()
        .parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        rows.add(trimTrailingEmpty(record.toList()));
      }
    }
    return trimTrailingEmptyRows(rows);
  }

  private static long count(String s, char c) {
    return s.chars().filter(ch -> ch == c).count();
  }

  private static List<List<String>> readXlsx(InputStream in) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
        Stream<Row> sheetRows = workbook.getFirstSheet().openStream()) {
      return rowsOf(sheetRows);
    }
  }

  private static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> isDateFormat(cell.getDataFormatString()) ? dateText(cell.asDate())
          : plainNumber(cell.asNumber());
      case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "ja" : "nee";
      case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
      case ERROR -> "";
      default -> cell.getText() == null ? "" : cell.getText().trim();
    };
  }

  private static boolean isDateFormat(String format) {
    if (format == null) {
      return false;
    }
    String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
    return f.contains("d") || f.contains("yy") || (f.contains("m") && !f.contains("0"));
  }

  private static String dateText(LocalDateTime t) {
    return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
  }

  private static String plainNumber(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
  }

  private static List<String> trimTrailingEmpty(List<String> cells) {
    int end = cells.size();
    while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
      end--;
    }
    return List.copyOf(cells.subList(0, end).stream().map(s -> s == null ? "" : s.strip()).toList());
  }

  private static List<List<String>> trimTrailingEmptyRows(List<List<String>> rows) {
    int end = rows.size();
    while (end > 0 && rows.get(end - 1).isEmpty()) {
      end--;
    }
    return List.copyOf(rows.subList(0, end));
  }

  /** The bytes are not a readable file of the format. The message names no content. */
  public static final class UnreadableFileException extends RuntimeException {
    private final Format format;

    UnreadableFileException(Format format, Throwable cause) {
      super("Het bestand is geen leesbaar " + (format == Format.CSV ? "CSV" : "Excel (.xlsx)") + "-bestand.", cause);
      this.format = format;
    }

    public Format format() {
      return format;
    }
  }
}
