package nl.doorlopendelijn.directory.internal;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.directory.Contactpersoon;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for contactpersonen. National data: no tenant, no row-level security. */
@Component
class ContactpersoonRepository {

  private static final String SELECT = """
      select c.id, c.organisatie_id, o.naam as organisatie_naam, c.naam, c.functie, c.email, c.telefoon, c.regios,
             c.gemeenten, c.getraind_op, c.beschikbaar, c.talen, c.actief, c.versie
      from contactpersoon c join organisatie o on o.id = c.organisatie_id
      """;

  /** The search text of a contact: its name, function and organisation name, normalised. */
  private static final String ZOEKTEKST =
      "f_zoeknorm(:naam || ' ' || :functie || ' ' || (select naam from organisatie where id = :organisatie))";

  private final DatabaseClient db;

  ContactpersoonRepository(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Contactpersoon> findById(UUID id) {
    return db.sql(SELECT + " where c.id = :id").bind("id", id).map((row, meta) -> map(row)).one();
  }

  public Flux<Contactpersoon> activeOf(UUID organisatieId) {
    return db.sql(SELECT + " where c.organisatie_id = :org and c.actief order by c.zoeknaam, c.id")
        .bind("org", organisatieId).map((row, meta) -> map(row)).all();
  }

  public Mono<Void> insert(UUID id, ContactpersoonGegevens g) {
    return bindGegevens(db.sql("""
            insert into contactpersoon (id, organisatie_id, naam, functie, email, telefoon, regios, gemeenten,
                                        getraind_op, beschikbaar, talen, zoektekst)
            values (:id, :organisatie, :naam, :functie, :email, :telefoon, :regios, :gemeenten, :getraindOp,
                    :beschikbaar, :talen, %s)
            """.formatted(ZOEKTEKST)).bind("id", id), g).then();
  }

  /** Replaces the data if the row still has {@code versie}; the number of rows changed (0 or 1). */
  public Mono<Long> update(UUID id, int versie, ContactpersoonGegevens g) {
    return bindGegevens(db.sql("""
            update contactpersoon set organisatie_id = :organisatie, naam = :naam, functie = :functie,
                   email = :email, telefoon = :telefoon, regios = :regios, gemeenten = :gemeenten,
                   getraind_op = :getraindOp, beschikbaar = :beschikbaar, talen = :talen, zoektekst = %s,
                   versie = versie + 1, bijgewerkt_op = now()
            where id = :id and versie = :versie and actief
            """.formatted(ZOEKTEKST)).bind("id", id).bind("versie", versie), g)
        .fetch().rowsUpdated();
  }

  public Mono<Long> deactivate(UUID id, int versie) {
    return db.sql("""
            update contactpersoon set actief = false, gedeactiveerd_op = now(), versie = versie + 1,
                   bijgewerkt_op = now()
            where id = :id and versie = :versie and actief
            """).bind("id", id).bind("versie", versie).fetch().rowsUpdated();
  }

  /** Keeps the search text of an organisation's contacts in step with its (new) name. */
  public Mono<Long> renameOrganisatie(UUID organisatieId) {
    return db.sql("""
            update contactpersoon c set zoektekst = f_zoeknorm(c.naam || ' ' || c.functie || ' ' || o.naam)
            from organisatie o where o.id = c.organisatie_id and c.organisatie_id = :org
            """).bind("org", organisatieId).fetch().rowsUpdated();
  }

  public Mono<Long> countActive(UUID organisatieId) {
    return db.sql("select count(*) from contactpersoon where organisatie_id = :org and actief")
        .bind("org", organisatieId).map((row, meta) -> row.get(0, Long.class)).one();
  }

  /**
   * Every term must occur: as a part of a word through the trigram index (terms of three letters or more), as a
   * word prefix through the full-text index (shorter terms). Ranked: exact name, then a name that starts with the
   * text, then trigram similarity of the name. Without text: by name.
   */
  public Mono<Pagina<Contactpersoon>> search(ContactZoekvraag v) {
    Sql sql = new Sql();
    if (!v.inclusiefInactief()) {
      sql.where("c.actief");
    }
    List<String> termen = Zoektermen.van(v.q());
    for (int i = 0; i < termen.size(); i++) {
      String t = termen.get(i);
      // trigram index: the term anywhere in a word ("vrie", "ries"); full text for 1-2 letters, as a word prefix
      if (t.length() >= 3) {
        sql.where("c.zoektekst like :t" + i).bind("t" + i, "%" + t + "%");
      } else {
        sql.where("c.zoekvector @@ to_tsquery('simple', :t" + i + ")").bind("t" + i, "'" + t + "':*");
      }
    }
    if (v.organisatie() != null) {
      sql.where("c.organisatie_id = :organisatie").bind("organisatie", v.organisatie());
    }
    if (v.regio() != null) {
      sql.where("c.regios @> array[cast(:regio as text)]").bind("regio", v.regio());
    }
    if (v.gemeente() != null) {
      sql.where("c.gemeenten @> array[cast(:gemeente as text)]").bind("gemeente", v.gemeente());
    }
    if (v.taal() != null) {
      sql.where("c.talen @> array[cast(:taal as text)]").bind("taal", v.taal());
    }
    if (v.functie() != null) {
      sql.where("f_zoeknorm(c.functie) = f_zoeknorm(:functie)").bind("functie", v.functie());
    }
    if (v.getraind() != null) {
      sql.where(v.getraind() ? "c.getraind_op is not null" : "c.getraind_op is null");
    }
    if (v.beschikbaar() != null) {
      sql.where("c.beschikbaar = :beschikbaar").bind("beschikbaar", v.beschikbaar());
    }
    String order = "c.zoeknaam, c.id";
    if (!termen.isEmpty()) {
      order = "c.zoeknaam = :q desc, c.zoeknaam like :qPrefix desc, similarity(c.zoeknaam, :q) desc, " + order;
    }
    // The page and the total are separate queries, run side by side: the page can then stop early (index order
    // on the name, top-N sort on the rank), and neither waits for the other.
    var pageSpec = sql.apply(db.sql(SELECT + " where " + sql.whereClause() + " order by " + order
        + " limit :limit offset :offset"));
    if (!termen.isEmpty()) {
      String q = String.join(" ", termen);
      pageSpec = pageSpec.bind("q", q).bind("qPrefix", q + "%");
    }
    Mono<List<Contactpersoon>> page = pageSpec
        .bind("limit", v.paginaGrootte()).bind("offset", (long) (v.pagina() - 1) * v.paginaGrootte())
        .map((row, meta) -> map(row)).all().collectList();
    Mono<Long> total = sql.apply(db.sql("select count(*) from contactpersoon c where " + sql.whereClause()))
        .map((row, meta) -> row.get(0, Long.class)).one();
    return Mono.zip(page, total).map(t -> new Pagina<>(t.getT1(), v.pagina(), v.paginaGrootte(), t.getT2()));
  }

  private static DatabaseClient.GenericExecuteSpec bindGegevens(DatabaseClient.GenericExecuteSpec spec,
      ContactpersoonGegevens g) {
    spec = spec.bind("organisatie", g.organisatieId()).bind("naam", g.naam()).bind("functie", g.functie())
        .bind("regios", g.regios().toArray(String[]::new))
        .bind("gemeenten", g.gemeenten().toArray(String[]::new))
        .bind("beschikbaar", g.beschikbaar())
        .bind("talen", g.talen().toArray(String[]::new));
    spec = g.email() == null ? spec.bindNull("email", String.class) : spec.bind("email", g.email());
    spec = g.telefoon() == null ? spec.bindNull("telefoon", String.class) : spec.bind("telefoon", g.telefoon());
    return g.getraindOp() == null ? spec.bindNull("getraindOp", LocalDate.class)
        : spec.bind("getraindOp", g.getraindOp());
  }

  static Contactpersoon map(Readable row) {
    return new Contactpersoon(row.get("id", UUID.class), row.get("organisatie_id", UUID.class),
        row.get("organisatie_naam", String.class), row.get("naam", String.class), row.get("functie", String.class),
        row.get("email", String.class), row.get("telefoon", String.class), list(row, "regios"),
        list(row, "gemeenten"), row.get("getraind_op", LocalDate.class),
        Boolean.TRUE.equals(row.get("beschikbaar", Boolean.class)), list(row, "talen"),
        Boolean.TRUE.equals(row.get("actief", Boolean.class)), row.get("versie", Integer.class));
  }

  static List<String> list(Readable row, String column) {
    String[] values = row.get(column, String[].class);
    return values == null ? List.of() : Arrays.asList(values);
  }
}
