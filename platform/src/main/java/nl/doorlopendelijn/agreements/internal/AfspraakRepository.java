package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.agreements.AfspraakStatus;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.CoaToegang;
import java.util.stream.Collectors;
import nl.doorlopendelijn.agreements.AfspraakMengvorm;
import nl.doorlopendelijn.agreements.AfspraakNormen;
import nl.doorlopendelijn.kernel.Inburgeringsstap;
import java.util.Arrays;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL of the agreements. Every method must run inside a {@link nl.doorlopendelijn.tenancy.TenantTransactions}
 * transaction bound to {@code tenant}; queries name the tenant too (defence in depth next to RLS).
 */
@Repository
class AfspraakRepository {

  private static final String COLUMNS = """
      a.tenant_id, a.id, a.afspraak_id, a.versienummer, a.vorige_versie_id, a.status, a.azc_code, a.scenario,
      a.mengvorm_omschrijving, a.mengvorm_voor_verhuizing, a.mengvorm_brede_intake_na_voorinburgering,
      a.dagen_tot_kennismaking, a.driegesprek_na_koppeling_dagen, a.driegesprek_voor_verhuizing_dagen,
      a.klantprofiel_update_dagen_voor_verhuizing, a.brede_intake_en_pip_voor_verhuizing,
      a.voorinburgering_dagen_tot_toestemming, a.voorinburgering_dagen_tot_start, a.voorinburgering_duur_dagen,
      a.rustperiode_rond_verhuizing_dagen, a.geldig_vanaf, a.geldig_tot,
      a.afspraken, a.beeindigingsreden, a.beeindigd_op, a.geactiveerd_op, a.versie, a.aangemaakt_op,
      a.gewijzigd_op""";

  private final DatabaseClient db;

  AfspraakRepository(DatabaseClient db) {
    this.db = db;
  }

  /** One version the caller may see; {@code forUpdate} locks it for the rest of the transaction. */
  public Mono<AfspraakVersie> vind(UUID tenant, UUID id, Zicht zicht, boolean forUpdate) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("tenant", tenant);
    binds.put("id", id);
    String sql = "select " + COLUMNS + " from samenwerkingsafspraak a where a.tenant_id = :tenant and a.id = :id and "
        + zicht.conditie(binds) + (forUpdate ? " for update of a" : "");
    return compleet(tenant, bind(db.sql(sql), binds).map(AfspraakRepository::rij).all()).next();
  }

  public Flux<AfspraakVersie> lijst(UUID tenant, AfspraakFilter f, Zicht zicht, long offset, int limit) {
    Map<String, Object> binds = new HashMap<>();
    String where = filter(tenant, f, zicht, binds);
    binds.put("offset", offset);
    binds.put("limit", limit);
    String sql = "select " + COLUMNS + " from samenwerkingsafspraak a where " + where
        + " order by a.aangemaakt_op, a.id offset :offset limit :limit";
    return compleet(tenant, bind(db.sql(sql), binds).map(AfspraakRepository::rij).all());
  }

  public Mono<Long> tel(UUID tenant, AfspraakFilter f, Zicht zicht) {
    Map<String, Object> binds = new HashMap<>();
    String sql = "select count(*) as n from samenwerkingsafspraak a where " + filter(tenant, f, zicht, binds);
    return bind(db.sql(sql), binds).map((row, m) -> row.get("n", Long.class)).one();
  }

  /** Every version of an agreement the caller may see, oldest first. */
  public Flux<AfspraakVersie> versiesVan(UUID tenant, UUID afspraakId, Zicht zicht) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("tenant", tenant);
    binds.put("afspraak", afspraakId);
    String sql = "select " + COLUMNS + " from samenwerkingsafspraak a where a.tenant_id = :tenant"
        + " and a.afspraak_id = :afspraak and " + zicht.conditie(binds) + " order by a.versienummer";
    return compleet(tenant, bind(db.sql(sql), binds).map(AfspraakRepository::rij).all());
  }

  /** The active version of the agreement between a gemeente and an azc valid on a date. */
  public Mono<AfspraakVersie> actieveVoor(UUID tenant, String gemeente, String azc, LocalDate op) {
    String sql = "select " + COLUMNS + " from samenwerkingsafspraak a where a.tenant_id = :tenant"
        + " and a.status = 'actief' and a.azc_code = :azc and a.geldig_vanaf <= :op"
        + " and (a.geldig_tot is null or a.geldig_tot >= :op)"
        + " and exists (select 1 from samenwerkingsafspraak_partij p where p.tenant_id = a.tenant_id"
        + " and p.afspraak_versie_id = a.id and p.soort = 'gemeente' and p.partij_code = :gemeente)"
        + " order by a.geldig_vanaf desc, a.aangemaakt_op desc limit 1";
    return compleet(tenant, db.sql(sql).bind("tenant", tenant).bind("azc", azc).bind("op", op)
        .bind("gemeente", gemeente).map(AfspraakRepository::rij).all()).next();
  }

  /**
   * How far the azc's agreements with the region let its COA liaisons in ({@link CoaToegang#uitAfspraken}): one in
   * force on {@code op} (actief, within its validity), or one past concept.
   */
  public Mono<CoaToegang> coaToegang(UUID tenant, String azc, LocalDate op) {
    return db.sql("""
            select coalesce(bool_or(status = 'actief' and geldig_vanaf <= :op
                                    and (geldig_tot is null or geldig_tot >= :op)), false) as in_werking,
                   coalesce(bool_or(status <> 'concept'), false) as na_concept
            from samenwerkingsafspraak where tenant_id = :tenant and azc_code = :azc""")
        .bind("tenant", tenant).bind("azc", azc).bind("op", op)
        .map((row, m) -> CoaToegang.uitAfspraken(Boolean.TRUE.equals(row.get("in_werking", Boolean.class)),
            Boolean.TRUE.equals(row.get("na_concept", Boolean.class))))
        .one();
  }

  public Mono<Void> voegToe(UUID tenant, UUID id, UUID afspraakId, int versienummer, UUID vorige,
      AfspraakInhoud i) {
    var spec = db.sql("""
            insert into samenwerkingsafspraak (tenant_id, id, afspraak_id, versienummer, vorige_versie_id, status,
              azc_code, scenario, mengvorm_omschrijving, mengvorm_voor_verhuizing,
              mengvorm_brede_intake_na_voorinburgering, dagen_tot_kennismaking, driegesprek_na_koppeling_dagen,
              driegesprek_voor_verhuizing_dagen, klantprofiel_update_dagen_voor_verhuizing,
              brede_intake_en_pip_voor_verhuizing, voorinburgering_dagen_tot_toestemming,
              voorinburgering_dagen_tot_start, voorinburgering_duur_dagen, rustperiode_rond_verhuizing_dagen,
              geldig_vanaf, geldig_tot, afspraken)
            values (:tenant, :id, :afspraak, :nr, :vorige, 'concept', :azc, :scenario, :mengvorm, :mengvormVoor,
              :mengvormNaVoorinburgering, :kennismaking, :naKoppeling, :voorVerhuizing, :klantprofiel, :bredeIntake,
              :toestemming, :start, :duur, :rust, :vanaf, :tot, :afspraken)
            """)
        .bind("tenant", tenant).bind("id", id).bind("afspraak", afspraakId).bind("nr", versienummer);
    spec = vorige == null ? spec.bindNull("vorige", UUID.class) : spec.bind("vorige", vorige);
    return inhoud(spec, i).then().then(partijen(tenant, id, i));
  }

  /** Replaces the content of a concept if its version is still {@code verwacht}; false when it moved on. */
  public Mono<Boolean> wijzigInhoud(UUID tenant, UUID id, int verwacht, AfspraakInhoud i) {
    var spec = db.sql("""
            update samenwerkingsafspraak set azc_code = :azc, scenario = :scenario, mengvorm_omschrijving = :mengvorm,
              mengvorm_voor_verhuizing = :mengvormVoor,
              mengvorm_brede_intake_na_voorinburgering = :mengvormNaVoorinburgering,
              dagen_tot_kennismaking = :kennismaking, driegesprek_na_koppeling_dagen = :naKoppeling,
              driegesprek_voor_verhuizing_dagen = :voorVerhuizing,
              klantprofiel_update_dagen_voor_verhuizing = :klantprofiel,
              brede_intake_en_pip_voor_verhuizing = :bredeIntake,
              voorinburgering_dagen_tot_toestemming = :toestemming, voorinburgering_dagen_tot_start = :start,
              voorinburgering_duur_dagen = :duur, rustperiode_rond_verhuizing_dagen = :rust, geldig_vanaf = :vanaf, geldig_tot = :tot,
              afspraken = :afspraken, versie = versie + 1, gewijzigd_op = clock_timestamp()
            where tenant_id = :tenant and id = :id and versie = :verwacht and status = 'concept'
            """)
        .bind("tenant", tenant).bind("id", id).bind("verwacht", verwacht);
    return inhoud(spec, i).fetch().rowsUpdated()
        .flatMap(n -> n == 0 ? Mono.just(false)
            : db.sql("delete from samenwerkingsafspraak_partij where tenant_id = :tenant and afspraak_versie_id = :id")
                .bind("tenant", tenant).bind("id", id).then()
                .then(partijen(tenant, id, i)).thenReturn(true));
  }

  public Mono<Void> zetStatus(UUID tenant, UUID id, AfspraakStatus van, AfspraakStatus naar, String reden) {
    String extra = switch (naar) {
      case ACTIEF -> ", geactiveerd_op = clock_timestamp()";
      case BEEINDIGD -> ", beeindigd_op = clock_timestamp(), beeindigingsreden = :reden";
      default -> "";
    };
    var spec = db.sql("update samenwerkingsafspraak set status = :naar, versie = versie + 1,"
            + " gewijzigd_op = clock_timestamp()" + extra
            + " where tenant_id = :tenant and id = :id and status = :van")
        .bind("tenant", tenant).bind("id", id).bind("van", van.code()).bind("naar", naar.code());
    if (naar == AfspraakStatus.BEEINDIGD) {
      spec = spec.bind("reden", reden);
    }
    return spec.fetch().rowsUpdated().flatMap(n -> n == 1 ? Mono.<Void>empty()
        : Mono.error(new IllegalStateException("status changed under a lock: " + id)));
  }

  /** The open (concept or ter-ondertekening) version of an agreement, other than {@code behalve}. */
  public Flux<UUID> openVersies(UUID tenant, UUID afspraakId) {
    return db.sql("select id from samenwerkingsafspraak where tenant_id = :tenant and afspraak_id = :afspraak"
            + " and status in ('concept', 'ter-ondertekening') for update")
        .bind("tenant", tenant).bind("afspraak", afspraakId)
        .map((row, m) -> row.get("id", UUID.class)).all();
  }

  public Mono<Integer> volgendVersienummer(UUID tenant, UUID afspraakId) {
    return db.sql("select coalesce(max(versienummer), 0) + 1 as nr from samenwerkingsafspraak"
            + " where tenant_id = :tenant and afspraak_id = :afspraak")
        .bind("tenant", tenant).bind("afspraak", afspraakId)
        .map((row, m) -> row.get("nr", Integer.class)).one();
  }

  /** The signature: who (subject and name as the token carried it), and under which mandaat ({@code null}: own). */
  public Mono<Void> onderteken(UUID tenant, UUID id, String partij, String door, String doorNaam, UUID mandaat) {
    var spec = db.sql("update samenwerkingsafspraak_partij set ondertekend_door = :door, ondertekend_op = clock_timestamp(),"
            + " ondertekend_door_naam = :naam, ondertekend_krachtens_mandaat = :mandaat"
            + " where tenant_id = :tenant and afspraak_versie_id = :id and partij_code = :partij"
            + " and ondertekend_op is null")
        .bind("tenant", tenant).bind("id", id).bind("partij", partij).bind("door", door);
    spec = nullable(spec, "naam", doorNaam, String.class);
    spec = nullable(spec, "mandaat", mandaat, UUID.class);
    return spec
        .then()
        .then(db.sql("update samenwerkingsafspraak set versie = versie + 1, gewijzigd_op = clock_timestamp()"
            + " where tenant_id = :tenant and id = :id").bind("tenant", tenant).bind("id", id).then());
  }

  /** Raises a "contact left" signal on every not-ended version where the person is a party's contact. */
  public Flux<UUID> signaleerVertrek(UUID tenant, UUID contactpersoon) {
    return db.sql("""
            insert into samenwerkingsafspraak_signaal (tenant_id, id, afspraak_versie_id, soort, partij_code,
                                                       contactpersoon_id)
            select p.tenant_id, gen_random_uuid(), p.afspraak_versie_id, 'contactpersoon-vertrokken', p.partij_code,
                   p.contactpersoon_id
            from samenwerkingsafspraak_partij p
            join samenwerkingsafspraak a on a.tenant_id = p.tenant_id and a.id = p.afspraak_versie_id
            where p.tenant_id = :tenant and p.contactpersoon_id = :contact
              and a.status in ('concept', 'ter-ondertekening', 'actief')
            on conflict do nothing
            returning afspraak_versie_id
            """)
        .bind("tenant", tenant).bind("contact", contactpersoon)
        .map((row, m) -> row.get("afspraak_versie_id", UUID.class)).all();
  }

  public Mono<UUID> afspraakVan(UUID tenant, UUID versieId) {
    return db.sql("select afspraak_id from samenwerkingsafspraak where tenant_id = :tenant and id = :id")
        .bind("tenant", tenant).bind("id", versieId).map((row, m) -> row.get("afspraak_id", UUID.class)).one();
  }

  // ---- mapping

  private static String filter(UUID tenant, AfspraakFilter f, Zicht zicht, Map<String, Object> binds) {
    List<String> where = new ArrayList<>();
    binds.put("tenant", tenant);
    where.add("a.tenant_id = :tenant");
    where.add(zicht.conditie(binds));
    if (f.gemeente() != null) {
      binds.put("gemeente", f.gemeente());
      where.add("exists (select 1 from samenwerkingsafspraak_partij fp where fp.tenant_id = a.tenant_id"
          + " and fp.afspraak_versie_id = a.id and fp.soort = 'gemeente' and fp.partij_code = :gemeente)");
    }
    if (f.azc() != null) {
      binds.put("azc", f.azc());
      where.add("a.azc_code = :azc");
    }
    if (f.status() != null) {
      binds.put("status", f.status());
      where.add("a.status = :status");
    }
    if (f.scenario() != null) {
      binds.put("scenario", f.scenario());
      where.add("a.scenario = :scenario");
    }
    if (f.geldigOp() != null) {
      binds.put("geldigOp", f.geldigOp());
      where.add("a.geldig_vanaf <= :geldigOp and (a.geldig_tot is null or a.geldig_tot >= :geldigOp)");
    }
    return String.join(" and ", where);
  }

  private static GenericExecuteSpec bind(GenericExecuteSpec spec, Map<String, Object> binds) {
    for (var e : binds.entrySet()) {
      spec = spec.bind(e.getKey(), e.getValue());
    }
    return spec;
  }

  private static GenericExecuteSpec inhoud(GenericExecuteSpec spec, AfspraakInhoud i) {
    AfspraakNormen n = i.normen();
    spec = spec.bind("azc", i.azcCode()).bind("scenario", i.scenario())
        .bind("kennismaking", n.dagenTotKennismaking())
        .bind("klantprofiel", n.klantprofielUpdateDagenVoorVerhuizing())
        .bind("bredeIntake", n.bredeIntakeEnPipVoorVerhuizing())
        .bind("toestemming", n.voorinburgering().dagenTotToestemming())
        .bind("start", n.voorinburgering().dagenTotStart()).bind("duur", n.voorinburgering().duurDagen())
        .bind("rust", n.rustperiodeRondVerhuizingDagen()).bind("vanaf", i.geldigVanaf());
    spec = nullable(spec, "naKoppeling", n.driegesprekDagen(AfspraakNormen.NA_KOPPELING), Integer.class);
    spec = nullable(spec, "voorVerhuizing", n.driegesprekDagen(AfspraakNormen.VOOR_VERHUIZING), Integer.class);
    AfspraakMengvorm m = i.mengvorm();
    spec = nullable(spec, "mengvorm", m == null ? null : m.omschrijving(), String.class);
    spec = nullable(spec, "mengvormVoor", m == null || !m.gestructureerd() ? null
        : m.voorVerhuizing().stream().map(Inburgeringsstap::code).toArray(String[]::new), String[].class);
    spec = spec.bind("mengvormNaVoorinburgering", m != null && m.bredeIntakeNaVoorinburgering());
    spec = nullable(spec, "tot", i.geldigTot(), LocalDate.class);
    return nullable(spec, "afspraken", i.afspraken(), String.class);
  }

  private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }

  private Mono<Void> partijen(UUID tenant, UUID id, AfspraakInhoud i) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {i.azcCode(), AfspraakVersie.AZC, i.azcContactpersoonId().toString()});
    i.gemeenten().forEach(g -> rows.add(new String[] {g.code(), AfspraakVersie.GEMEENTE,
        g.contactpersoonId().toString()}));
    return Flux.fromIterable(rows).concatMap(r -> db.sql("""
            insert into samenwerkingsafspraak_partij (tenant_id, afspraak_versie_id, partij_code, soort, contactpersoon_id)
            values (:tenant, :id, :code, :soort, :contact)
            """)
        .bind("tenant", tenant).bind("id", id).bind("code", r[0]).bind("soort", r[1])
        .bind("contact", UUID.fromString(r[2])).then()).then();
  }

  /** Row without parties yet. */
  private record Rij(UUID tenant, UUID id, UUID afspraak, int nr, UUID vorige, String status, String azc,
      String scenario, AfspraakMengvorm mengvorm, AfspraakNormen normen, LocalDate vanaf, LocalDate tot,
      String afspraken, String reden, OffsetDateTime beeindigdOp, OffsetDateTime geactiveerdOp, int versie,
      OffsetDateTime aangemaakt, OffsetDateTime gewijzigd) {}

  private static Rij rij(Readable r) {
    List<AfspraakNormen.Driegesprek> driegesprekken = new ArrayList<>();
    Integer naKoppeling = r.get("driegesprek_na_koppeling_dagen", Integer.class);
    Integer voorVerhuizing = r.get("driegesprek_voor_verhuizing_dagen", Integer.class);
    if (naKoppeling != null) {
      driegesprekken.add(new AfspraakNormen.Driegesprek(AfspraakNormen.NA_KOPPELING, naKoppeling));
    }
    if (voorVerhuizing != null) {
      driegesprekken.add(new AfspraakNormen.Driegesprek(AfspraakNormen.VOOR_VERHUIZING, voorVerhuizing));
    }
    return new Rij(r.get("tenant_id", UUID.class), r.get("id", UUID.class), r.get("afspraak_id", UUID.class),
        r.get("versienummer", Integer.class), r.get("vorige_versie_id", UUID.class), r.get("status", String.class),
        r.get("azc_code", String.class), r.get("scenario", String.class), mengvorm(r),
        new AfspraakNormen(r.get("dagen_tot_kennismaking", Integer.class), driegesprekken,
            r.get("klantprofiel_update_dagen_voor_verhuizing", Integer.class),
            r.get("brede_intake_en_pip_voor_verhuizing", Boolean.class),
            new AfspraakNormen.Voorinburgering(r.get("voorinburgering_dagen_tot_toestemming", Integer.class),
                r.get("voorinburgering_dagen_tot_start", Integer.class),
                r.get("voorinburgering_duur_dagen", Integer.class)),
            r.get("rustperiode_rond_verhuizing_dagen", Integer.class)),
        r.get("geldig_vanaf", LocalDate.class), r.get("geldig_tot", LocalDate.class), r.get("afspraken", String.class),
        r.get("beeindigingsreden", String.class), r.get("beeindigd_op", OffsetDateTime.class),
        r.get("geactiveerd_op", OffsetDateTime.class), r.get("versie", Integer.class),
        r.get("aangemaakt_op", OffsetDateTime.class), r.get("gewijzigd_op", OffsetDateTime.class));
  }

  /**
   * The stored mengvorm; {@code null} without one. A mengvorm agreed before it could be structured (V62) has only
   * its free text: its steps stay unknown ({@code null} list), and the dossiers state theirs.
   */
  private static AfspraakMengvorm mengvorm(Readable r) {
    String omschrijving = r.get("mengvorm_omschrijving", String.class);
    if (omschrijving == null) {
      return null;
    }
    String[] voor = r.get("mengvorm_voor_verhuizing", String[].class);
    return new AfspraakMengvorm(omschrijving, voor == null ? null
        : Arrays.stream(voor).map(c -> Inburgeringsstap.vanCode(c).orElseThrow()).toList(),
        Boolean.TRUE.equals(r.get("mengvorm_brede_intake_na_voorinburgering", Boolean.class)));
  }

  /** Adds parties and open signals to rows (two queries for the whole page, not two per row). */
  private Flux<AfspraakVersie> compleet(UUID tenant, Flux<Rij> rijen) {
    return rijen.collectList().flatMapMany(list -> {
      if (list.isEmpty()) {
        return Flux.empty();
      }
      UUID[] ids = list.stream().map(Rij::id).toArray(UUID[]::new);
      Mono<Map<UUID, List<AfspraakVersie.PartijStand>>> partijen = db.sql("""
              select p.afspraak_versie_id, p.partij_code, p.soort, p.contactpersoon_id, p.ondertekend_door,
                     p.ondertekend_op, p.ondertekend_door_naam, m.kenmerk as mandaat_kenmerk
              from samenwerkingsafspraak_partij p
              left join samenwerkingsafspraak_mandaat m on m.tenant_id = p.tenant_id
                and m.id = p.ondertekend_krachtens_mandaat
              where p.tenant_id = :tenant and p.afspraak_versie_id = any(:ids)
              order by p.soort, p.partij_code
              """)
          .bind("tenant", tenant).bind("ids", ids)
          .map((r, m) -> Map.entry(r.get("afspraak_versie_id", UUID.class), new AfspraakVersie.PartijStand(
              r.get("partij_code", String.class), r.get("soort", String.class), r.get("contactpersoon_id", UUID.class),
              r.get("ondertekend_door", String.class), r.get("ondertekend_op", OffsetDateTime.class),
              r.get("ondertekend_door_naam", String.class), r.get("mandaat_kenmerk", String.class))))
          .all().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
              Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
      Mono<Map<UUID, List<AfspraakVersie.Signaal>>> signalen = db.sql("""
              select id, afspraak_versie_id, soort, partij_code, contactpersoon_id, ontstaan_op
              from samenwerkingsafspraak_signaal where tenant_id = :tenant and afspraak_versie_id = any(:ids)
                and afgehandeld_op is null order by ontstaan_op, id
              """)
          .bind("tenant", tenant).bind("ids", ids)
          .map((r, m) -> Map.entry(r.get("afspraak_versie_id", UUID.class), new AfspraakVersie.Signaal(
              r.get("id", UUID.class), r.get("soort", String.class), r.get("partij_code", String.class),
              r.get("contactpersoon_id", UUID.class), r.get("ontstaan_op", OffsetDateTime.class))))
          .all().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
              Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
      return partijen.zipWith(signalen).flatMapMany(t -> Flux.fromIterable(list)
          .map(rij -> versie(rij, t.getT1().getOrDefault(rij.id(), List.of()),
              t.getT2().getOrDefault(rij.id(), List.of()))));
    });
  }

  private static AfspraakVersie versie(Rij r, List<AfspraakVersie.PartijStand> partijen,
      List<AfspraakVersie.Signaal> signalen) {
    UUID azcContact = partijen.stream().filter(p -> AfspraakVersie.AZC.equals(p.soort())).findFirst()
        .map(AfspraakVersie.PartijStand::contactpersoonId).orElse(null);
    List<AfspraakInhoud.Partij> gemeenten = partijen.stream().filter(p -> AfspraakVersie.GEMEENTE.equals(p.soort()))
        .map(p -> new AfspraakInhoud.Partij(p.code(), p.contactpersoonId())).toList();
    AfspraakInhoud inhoud = new AfspraakInhoud(r.azc(), azcContact, gemeenten, r.scenario(), r.mengvorm(), r.normen(),
        r.vanaf(), r.tot(), r.afspraken());
    return new AfspraakVersie(r.tenant(), r.id(), r.afspraak(), r.nr(), r.vorige(), AfspraakStatus.of(r.status()),
        inhoud, partijen, signalen, r.reden(), r.beeindigdOp(), r.geactiveerdOp(), r.versie(), r.aangemaakt(),
        r.gewijzigd());
  }
}
