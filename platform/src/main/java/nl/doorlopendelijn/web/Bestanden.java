package nl.doorlopendelijn.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way an export leaves the API: which format was asked ({@code formaat=csv|xlsx}, else the {@code Accept}
 * header, else Excel) and the answer as a download ({@code Content-Disposition: attachment} with a file name that
 * says what and when, {@code Cache-Control: no-store}: a file of dossiers stays out of every cache).
 */
public final class Bestanden {

  /** The values of {@code formaat}. */
  public static final List<String> FORMATEN = List.of("csv", "xlsx");

  private Bestanden() {}

  /**
   * The asked format: the parameter {@code formaat} (a bad value is a 400 of {@code p}), or else {@code text/csv}
   * in {@code Accept}, or else .xlsx.
   */
  public static TabularFiles.Format formaat(Parameters p, String formaat, String accept) {
    String gekozen = p.keuze("formaat", formaat, FORMATEN);
    if (gekozen != null) {
      return TabularFiles.Format.of(gekozen).orElseThrow();
    }
    if (accept != null) {
      boolean csv = false;
      boolean xlsx = false;
      for (MediaType m : MediaType.parseMediaTypes(accept)) {
        csv |= m.getType().equals("text") && m.getSubtype().equals("csv");
        xlsx |= m.toString().startsWith(TabularFiles.Format.XLSX.mediaType());
      }
      if (csv && !xlsx) {
        return TabularFiles.Format.CSV;
      }
    }
    return TabularFiles.Format.XLSX;
  }

  /** {@code <soort>-<onderwerp>-<dag>.<ext>}, e.g. {@code dossiers-hart-van-brabant-2026-12-06.xlsx}. */
  public static String bestandsnaam(String soort, String onderwerp, LocalDate dag, TabularFiles.Format formaat) {
    String schoon = onderwerp.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return soort + "-" + schoon + "-" + dag + "." + formaat.extension();
  }

  /** The file as a download. */
  public static ResponseEntity<byte[]> download(TabularFiles.Format formaat, String bestandsnaam, byte[] inhoud) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(ContentDisposition.attachment().filename(bestandsnaam).build());
    headers.setCacheControl(CacheControl.noStore());
    MediaType type = formaat == TabularFiles.Format.CSV
        ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
        : MediaType.parseMediaType(formaat.mediaType());
    return ResponseEntity.ok().headers(headers).contentType(type).contentLength(inhoud.length).body(inhoud);
  }
}
