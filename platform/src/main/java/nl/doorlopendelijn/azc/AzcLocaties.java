package nl.doorlopendelijn.azc;

import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the national list of locations (azc's and other places where statushouders wait), the ligging of gemeenten
 * and the sources of both lists. No tenant: the tables are shared reference data.
 */
@Component
public class AzcLocaties {

  /** The source of the azc list ({@link #bron}). */
  public static final String LIJST_AZC_LOCATIES = "azc-locaties";
  /** The source of the gemeente liggingen ({@link #bron}). */
  public static final String LIJST_GEMEENTE_LIGGINGEN = "gemeente-liggingen";

  /** The columns {@link #map} reads (also for the module's own maintenance, which adds the version). */
  public static final String KOLOMMEN = "code, naam, plaats, coa_regio, type, gemeente_code, breedtegraad, lengtegraad,"
      + " actief";
  private static final String SELECT = "select " + KOLOMMEN + " from azc_locatie";

  private final DatabaseClient db;

  AzcLocaties(DatabaseClient db) {
    this.db = db;
  }

  public Flux<AzcLocatie> all() {
    return db.sql(SELECT + " order by naam").map((row, meta) -> map(row)).all();
  }

  public Mono<AzcLocatie> byCode(String code) {
    return db.sql(SELECT + " where code = :code").bind("code", code).map((row, meta) -> map(row)).one();
  }

  /** Where the main place of a gemeente lies (CBS code); empty for a gemeente the table does not hold. */
  public Mono<Ligging> gemeente(String cbsCode) {
    return db.sql("select breedtegraad, lengtegraad from gemeente_ligging where cbs_code = :code")
        .bind("code", cbsCode)
        .map((row, meta) -> new Ligging(row.get("breedtegraad", Double.class), row.get("lengtegraad", Double.class)))
        .one();
  }

  /** The public source and snapshot date of a national list ({@link #LIJST_AZC_LOCATIES}, ...). */
  public Mono<Referentiebron> bron(String lijst) {
    return db.sql("select naam, url, peildatum, toelichting from referentiebron where lijst = :lijst")
        .bind("lijst", lijst)
        .map((row, meta) -> new Referentiebron(row.get("naam", String.class), row.get("url", String.class),
            row.get("peildatum", LocalDate.class), row.get("toelichting", String.class)))
        .one();
  }

  /** One row of {@code azc_locatie}, read as {@link #KOLOMMEN} names it. */
  public static AzcLocatie map(io.r2dbc.spi.Readable row) {
    String type = row.get("type", String.class);
    return new AzcLocatie(row.get("code", String.class), row.get("naam", String.class),
        row.get("plaats", String.class), row.get("coa_regio", String.class), type,
        LocatieType.vanCode(type).map(LocatieType::label).orElse(type), row.get("gemeente_code", String.class),
        row.get("breedtegraad", Double.class), row.get("lengtegraad", Double.class),
        Boolean.TRUE.equals(row.get("actief", Boolean.class)));
  }
}
