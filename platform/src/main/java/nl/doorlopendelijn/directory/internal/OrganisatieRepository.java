package nl.doorlopendelijn.directory.internal;

import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.directory.Organisatie;
import nl.doorlopendelijn.directory.OrganisatieType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** SQL for organisations. National data: no tenant, no row-level security. */
@Component
class OrganisatieRepository {

  private static final String COLUMNS =
      "id, type, naam, cbs_code, azc_code, coa_regio, partner_soort, regios, actief, versie";

  private final DatabaseClient db;

  OrganisatieRepository(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Organisatie> findById(UUID id) {
    return db.sql("select " + COLUMNS + " from organisatie where id = :id").bind("id", id)
        .map((row, meta) -> map(row)).one();
  }

  /** By its gemeente's CBS code or its azc code (both unique); {@code kolom} is one of those two names. */
  public Mono<Organisatie> findByCode(String kolom, String code) {
    if (!kolom.equals("cbs_code") && !kolom.equals("azc_code")) {
      throw new IllegalArgumentException(kolom);
    }
    return db.sql("select " + COLUMNS + " from organisatie where " + kolom + " = :code").bind("code", code)
        .map((row, meta) -> map(row)).one();
  }

  /** Every active organisation, by name: a few hundred nationally (gemeenten, azc's, COA offices, partners). */
  public reactor.core.publisher.Flux<Organisatie> active() {
    return db.sql("select " + COLUMNS + " from organisatie where actief order by zoeknaam, id")
        .map((row, meta) -> map(row)).all();
  }

  public Mono<Void> insert(UUID id, OrganisatieGegevens g) {
    return bind(db.sql("""
        insert into organisatie (id, type, naam, cbs_code, azc_code, coa_regio, partner_soort, regios)
        values (:id, :type, :naam, :cbsCode, :azcCode, :coaRegio, :partnerSoort, :regios)
        """).bind("id", id).bind("type", g.type().code()), g)
        .bind("cbsCode", Sql.nullable(g.cbsCode())).bind("azcCode", Sql.nullable(g.azcCode()))
        .then();
  }

  public Mono<Long> update(UUID id, int versie, OrganisatieGegevens g) {
    return bind(db.sql("""
        update organisatie set naam = :naam, coa_regio = :coaRegio, partner_soort = :partnerSoort,
               regios = :regios, versie = versie + 1, bijgewerkt_op = now()
        where id = :id and versie = :versie and actief
        """).bind("id", id).bind("versie", versie), g).fetch().rowsUpdated();
  }

  public Mono<Long> deactivate(UUID id, int versie) {
    return db.sql("""
        update organisatie set actief = false, versie = versie + 1, bijgewerkt_op = now()
        where id = :id and versie = :versie and actief
        """).bind("id", id).bind("versie", versie).fetch().rowsUpdated();
  }

  public Mono<Pagina<Organisatie>> search(OrganisatieZoekvraag v) {
    Sql sql = new Sql();
    if (!v.inclusiefInactief()) {
      sql.where("actief");
    }
    List<String> termen = Zoektermen.van(v.q());
    for (int i = 0; i < termen.size(); i++) {
      sql.where("zoeknaam like :t" + i).bind("t" + i, "%" + termen.get(i) + "%");
    }
    if (v.type() != null) {
      sql.where("type = :type").bind("type", v.type().code());
    }
    if (v.regio() != null) {
      sql.where("regios @> array[cast(:regio as text)]").bind("regio", v.regio());
    }
    if (v.cbsCode() != null) {
      sql.where("cbs_code = :cbsCode").bind("cbsCode", v.cbsCode());
    }
    if (v.azcCode() != null) {
      sql.where("azc_code = :azcCode").bind("azcCode", v.azcCode());
    }
    String order = "zoeknaam, id";
    if (!termen.isEmpty()) {
      sql.bind("q", String.join(" ", termen));
      order = "zoeknaam = :q desc, similarity(zoeknaam, :q) desc, " + order;
    }
    sql.bind("limit", v.paginaGrootte()).bind("offset", (long) (v.pagina() - 1) * v.paginaGrootte());
    return sql.apply(db.sql("select " + COLUMNS + ", count(*) over () as totaal from organisatie where "
            + sql.whereClause() + " order by " + order + " limit :limit offset :offset"))
        .map((row, meta) -> new Object[] {map(row), row.get("totaal", Long.class)})
        .all().collectList()
        .map(rows -> new Pagina<>(rows.stream().map(r -> (Organisatie) r[0]).toList(), v.pagina(),
            v.paginaGrootte(), rows.isEmpty() ? 0 : (Long) rows.get(0)[1]));
  }

  private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec,
      OrganisatieGegevens g) {
    spec = spec.bind("naam", g.naam()).bind("regios", g.regios().toArray(String[]::new));
    return spec.bind("coaRegio", Sql.nullable(g.coaRegio())).bind("partnerSoort", Sql.nullable(g.partnerSoort()));
  }

  static Organisatie map(Readable row) {
    return new Organisatie(row.get("id", UUID.class),
        OrganisatieType.fromCode(row.get("type", String.class)).orElseThrow(), row.get("naam", String.class),
        row.get("cbs_code", String.class), row.get("azc_code", String.class), row.get("coa_regio", String.class),
        row.get("partner_soort", String.class), ContactpersoonRepository.list(row, "regios"),
        Boolean.TRUE.equals(row.get("actief", Boolean.class)), row.get("versie", Integer.class));
  }
}
