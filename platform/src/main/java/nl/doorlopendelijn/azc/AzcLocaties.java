package nl.doorlopendelijn.azc;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the national list of azc-locaties. No tenant: the table is shared reference data. */
@Component
public class AzcLocaties {

  private static final String SELECT = "select code, naam, plaats, coa_regio, actief from azc_locatie";

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

  private static AzcLocatie map(io.r2dbc.spi.Readable row) {
    return new AzcLocatie(row.get("code", String.class), row.get("naam", String.class),
        row.get("plaats", String.class), row.get("coa_regio", String.class),
        Boolean.TRUE.equals(row.get("actief", Boolean.class)));
  }
}
