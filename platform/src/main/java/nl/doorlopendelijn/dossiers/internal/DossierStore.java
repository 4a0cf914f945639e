package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.GeplandeMijlpaal;
import nl.doorlopendelijn.dossiers.planning.Mengvorm;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.Tijdlijn;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for dossiers and milestones. Every method runs inside a tenant-bound transaction of {@code tenant}. */
@Component
class DossierStore {

  /**
   * Every statement that stores a dossier's signals returns, with the row, the signals it held before (a CTE reads
   * them in the statement's snapshot: the row is locked by the use case's {@code laad ... for update}), so the
   * signals that came up are published ({@link DossierMeldingen#signalen}) wherever signals are stored.
   */
  private static final String VORIGE_SIGNALEN = "with vorig as (select signalen::text as signalen from dossier"
      + " where tenant_id = :tenant and id = :id) ";
  private static final String MET_VORIGE_SIGNALEN = " returning tenant_id, id, dossiernummer,"
      + " vaste_contactpersoon_id, casemanager_id, (select signalen from vorig) as vorige_signalen";

  private final DatabaseClient db;
  private final DossierMeldingen meldingen;

  DossierStore(DatabaseClient db, DossierMeldingen meldingen) {
    this.db = db;
    this.meldingen = meldingen;
  }

  Mono<DossierRij> laad(UUID tenant, UUID id, Zicht zicht, boolean voorWijziging) {
    GenericExecuteSpec spec = db.sql("select " + DossierRij.KOLOMMEN + " from dossier d where d.tenant_id = :tenant"
            + " and d.id = :id" + zicht.conditie() + (voorWijziging ? " for update" : ""))
        .bind("tenant", tenant).bind("id", id);
    return zicht.bind(spec).map((row, meta) -> DossierRij.van(row)).one();
  }

  /** For the platform's own work (jobs, port callbacks): no caller, so no visibility filter. */
  Mono<DossierRij> laadVoorSysteem(UUID tenant, UUID id) {
    return db.sql("select " + DossierRij.KOLOMMEN + " from dossier d where d.tenant_id = :tenant and d.id = :id"
            + " for update")
        .bind("tenant", tenant).bind("id", id)
        .map((row, meta) -> DossierRij.van(row)).one();
  }

  Mono<List<MijlpaalRij>> mijlpalen(UUID tenant, UUID dossierId) {
    return db.sql("select " + MijlpaalRij.KOLOMMEN + " from dossier_mijlpaal"
            + " where tenant_id = :tenant and dossier_id = :id")
        .bind("tenant", tenant).bind("id", dossierId)
        .map((row, meta) -> MijlpaalRij.van(row)).all().collectList();
  }

  /** Records a re-match (hermatchen) in the dossier's history, in the transaction that makes it. */
  Mono<Void> hermatch(UUID tenant, UUID dossierId, String van, String naar, String door, String doorNaam) {
    return nullable(db.sql("""
            insert into dossier_hermatching (tenant_id, dossier_id, volgnummer, van_gemeente, naar_gemeente, door,
              door_naam)
            select :tenant, :id, coalesce(max(volgnummer), 0) + 1, :van, :naar, :door, :naam
            from dossier_hermatching where tenant_id = :tenant and dossier_id = :id""")
        .bind("tenant", tenant).bind("id", dossierId).bind("van", van).bind("naar", naar).bind("door", door),
        "naam", doorNaam, String.class)
        .then();
  }

  /** Adds a step to the dossier's own history, in the transaction that takes it (the dossier row is locked). */
  Mono<Void> gebeurtenis(UUID tenant, UUID dossierId, java.time.OffsetDateTime op, Gebeurtenis g) {
    GenericExecuteSpec spec = db.sql("""
            insert into dossier_gebeurtenis (tenant_id, dossier_id, volgnummer, op, soort, mijlpaal, oude_datum,
              nieuwe_datum, oud, nieuw, reden, door_naam)
            select :tenant, :id, coalesce(max(volgnummer), 0) + 1, :op, :soort, :mijlpaal, :oudeDatum, :nieuweDatum,
              :oud, :nieuw, :reden, :naam
            from dossier_gebeurtenis where tenant_id = :tenant and dossier_id = :id""")
        .bind("tenant", tenant).bind("id", dossierId).bind("op", op).bind("soort", g.soort().code());
    spec = nullable(spec, "mijlpaal", g.mijlpaal() == null ? null : g.mijlpaal().code(), String.class);
    spec = nullable(spec, "oudeDatum", g.oudeDatum(), LocalDate.class);
    spec = nullable(spec, "nieuweDatum", g.nieuweDatum(), LocalDate.class);
    spec = nullable(spec, "oud", g.oud(), String.class);
    spec = nullable(spec, "nieuw", g.nieuw(), String.class);
    spec = nullable(spec, "reden", g.reden(), String.class);
    spec = nullable(spec, "naam", g.doorNaam(), String.class);
    return spec.then();
  }

  /** One page of the dossier's own history, oldest first, with the number of steps in all. */
  Mono<Historie> historie(UUID tenant, UUID dossierId, long offset, int limiet,
      nl.doorlopendelijn.tenancy.TenantDescriptor regio) {
    Mono<List<Gebeurtenis.Weergave>> pagina = db.sql("""
            select volgnummer, op, soort, mijlpaal, oude_datum, nieuwe_datum, oud, nieuw, reden, door_naam
            from dossier_gebeurtenis where tenant_id = :tenant and dossier_id = :id
            order by volgnummer offset :offset limit :limiet""")
        .bind("tenant", tenant).bind("id", dossierId).bind("offset", offset).bind("limiet", limiet)
        .map((row, meta) -> {
          Gebeurtenis.Soort soort = Gebeurtenis.Soort.van(row.get("soort", String.class));
          String code = row.get("mijlpaal", String.class);
          MijlpaalType mijlpaal = code == null ? null : MijlpaalType.fromCode(code);
          LocalDate oudeDatum = row.get("oude_datum", LocalDate.class);
          LocalDate nieuweDatum = row.get("nieuwe_datum", LocalDate.class);
          String oud = row.get("oud", String.class);
          String nieuw = row.get("nieuw", String.class);
          return new Gebeurtenis.Weergave(row.get("volgnummer", Integer.class),
              row.get("op", java.time.OffsetDateTime.class), soort.code(),
              Gebeurtenis.omschrijving(soort, mijlpaal, oudeDatum, nieuweDatum, oud, nieuw, regio), code,
              mijlpaal == null ? null : mijlpaal.label(), oudeDatum, nieuweDatum, oud, nieuw,
              row.get("reden", String.class), row.get("door_naam", String.class));
        })
        .all().collectList();
    Mono<Long> totaal = db.sql("select count(*) as n from dossier_gebeurtenis where tenant_id = :tenant"
            + " and dossier_id = :id")
        .bind("tenant", tenant).bind("id", dossierId)
        .map((row, meta) -> row.get("n", Long.class)).one();
    return pagina.zipWith(totaal, Historie::new);
  }

  /** A page of history and the number of steps in all. */
  record Historie(List<Gebeurtenis.Weergave> gebeurtenissen, long totaal) {}

  /** The dossier's re-matches, oldest first. */
  Mono<List<DossierWeergave.HermatchingWeergave>> hermatchingen(UUID tenant, UUID dossierId) {
    return db.sql("""
            select van_gemeente, naar_gemeente, door, op, door_naam from dossier_hermatching
            where tenant_id = :tenant and dossier_id = :id order by volgnummer""")
        .bind("tenant", tenant).bind("id", dossierId)
        .map((row, meta) -> new DossierWeergave.HermatchingWeergave(row.get("van_gemeente", String.class),
            row.get("naar_gemeente", String.class), row.get("door", String.class),
            row.get("op", java.time.OffsetDateTime.class), row.get("door_naam", String.class)))
        .all().collectList();
  }

  /**
   * The other dossiers of a household that the caller may see ({@code zicht}), by number; empty without a
   * household reference.
   */
  Mono<List<DossierWeergave.HuishoudenLid>> huishouden(UUID tenant, String huishouden, UUID zelf, Zicht zicht) {
    if (huishouden == null) {
      return Mono.just(List.of());
    }
    GenericExecuteSpec spec = db.sql("select d.id, d.dossiernummer, d.voornamen, d.achternaam from dossier d"
            + " where d.tenant_id = :tenant and d.huishouden = :huishouden and d.id <> :zelf" + zicht.conditie()
            + " order by d.dossiernummer")
        .bind("tenant", tenant).bind("huishouden", huishouden).bind("zelf", zelf);
    return zicht.bind(spec).map((row, meta) -> new DossierWeergave.HuishoudenLid(row.get("id", UUID.class),
            row.get("dossiernummer", String.class),
            PersoonWeergave.naam(row.get("voornamen", String.class), row.get("achternaam", String.class))))
        .all().collectList();
  }

  /** The other open dossiers of a household, for moving them together (the platform's own read: no filter). */
  Flux<UUID> anderenVanHuishouden(UUID tenant, String huishouden, UUID zelf) {
    return db.sql("select id from dossier where tenant_id = :tenant and huishouden = :huishouden and id <> :zelf"
            + " and status <> 'gesloten' order by dossiernummer")
        .bind("tenant", tenant).bind("huishouden", huishouden).bind("zelf", zelf)
        .map((row, meta) -> row.get("id", UUID.class)).all();
  }

  /**
   * For the AVG inzage: every row about this dossier in every other table that holds dossier data, found in the
   * catalog (every base table with a {@code dossier_id} column), so a table added later is in the inzage without
   * anyone remembering it. Per table its rows as JSON objects (without {@code tenant_id}), tables by name.
   */
  Mono<java.util.Map<String, List<String>>> gegevens(UUID tenant, UUID dossierId) {
    return db.sql("""
            select c.table_name as naam, quote_ident(c.table_name) as quoted
            from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.column_name = 'dossier_id' and c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
            order by c.table_name""")
        .map((row, meta) -> new String[] {row.get("naam", String.class), row.get("quoted", String.class)})
        .all()
        // the table list whole first: a statement per table while the list is still coming would be two at once
        // on the transaction's connection (SilenceBoundConnectionFactory)
        .collectList()
        .flatMapMany(Flux::fromIterable)
        .concatMap(tabel -> db.sql("select (to_jsonb(t) - 'tenant_id')::text as rij from " + tabel[1]
                + " t where t.tenant_id = :tenant and t.dossier_id = :id")
            .bind("tenant", tenant).bind("id", dossierId)
            .map((row, meta) -> row.get("rij", String.class)).all().collectList()
            .map(rijen -> java.util.Map.entry(tabel[0], rijen)))
        .collectList()
        .map(entries -> {
          java.util.Map<String, List<String>> m = new java.util.TreeMap<>();
          entries.forEach(e -> m.put(e.getKey(), e.getValue()));
          return m;
        });
  }

  /** Whether an overplaatsing of the dossier to another region is open (issue 18: it is not re-matched meanwhile). */
  Mono<Boolean> overplaatsingOpen(UUID tenant, UUID dossierId) {
    return db.sql("select exists (select 1 from dossier_overplaatsing where tenant_id = :tenant and dossier_id = :id"
            + " and richting = 'uitgaand' and status = 'aangevraagd') as open")
        .bind("tenant", tenant).bind("id", dossierId).map((row, meta) -> row.get("open", Boolean.class)).one();
  }

  Mono<Integer> volgendNummer(UUID tenant, int jaar) {
    return db.sql("""
            insert into dossier_nummering (tenant_id, jaar, laatste) values (:tenant, :jaar, 1)
            on conflict (tenant_id, jaar) do update set laatste = dossier_nummering.laatste + 1
            returning laatste""")
        .bind("tenant", tenant).bind("jaar", jaar)
        .map((row, meta) -> row.get("laatste", Integer.class)).one();
  }

  Mono<Void> voegToe(DossierRij d, SignaalOpslag s) {
    return waarden(db.sql("""
            insert into dossier (tenant_id, id, dossiernummer, gemeente_code, azc_code, afspraak_versie_id,
              koppelingsdatum, verwachte_verhuisdatum, werkelijke_verhuisdatum, scenario, scenario_bron,
              geadviseerd_scenario, brede_intake_na_voorinburgering, afstand_tot_azc_km, verwachte_maanden_tot_woning,
              kan_reizen, digitaal_vaardig, vaste_contactpersoon_id, contactpersoon_vertrokken, status, gesloten_op,
              v_nummer_versleuteld, v_nummer_sleutel, signalen, signaal_types, urgentste_signaal, urgentie_rang,
              signalen_op, laatste_voortgang, mengvorm_omschrijving, mengvorm_voor_verhuizing,
              mengvorm_brede_intake_na_voorinburgering, voorinburgering_toestemming, herplanfout, casemanager_id,
              voornamen, achternaam, geboortedatum, taal, tolk_nodig, coa_referentie, huishouden, versie)
            values (:tenant, :id, :nummer, :gemeente, :azc, :afspraak, :koppeling, :verwacht, :werkelijk, :scenario,
              :bron, :advies, :naVoorinburgering, :afstand, :maanden, :reizen, :digitaal, :contact, :vertrokken,
              :status, :gesloten, :vnummer, :sleutel, cast(:signalen as jsonb), :types, :urgentste, :rang, :signalenOp,
              :voortgang, :mengvorm, :mengvormVoor, :mengvormNaVoorinburgering, :toestemming, :herplanfout,
              :casemanager, :voornamen, :achternaam, :geboortedatum, :taal, :tolk, :coaReferentie, :huishouden, 1)"""), d, s)
        .then()
        .then(Mono.defer(() -> meldingen.signalen(new DossierMeldingen.Opgeslagen(d.tenantId(), d.id(),
            d.dossiernummer(), d.vasteContactpersoonId(), d.casemanagerId()), null, s)));
  }

  /** Writes the dossier's new state if it is still at {@code verwachteVersie}; false when someone was first. */
  Mono<Boolean> werkBij(DossierRij d, SignaalOpslag s, int verwachteVersie) {
    return waarden(db.sql(VORIGE_SIGNALEN + """
            update dossier set gemeente_code = :gemeente, azc_code = :azc, afspraak_versie_id = :afspraak,
              koppelingsdatum = :koppeling, verwachte_verhuisdatum = :verwacht, werkelijke_verhuisdatum = :werkelijk,
              scenario = :scenario, scenario_bron = :bron, geadviseerd_scenario = :advies,
              brede_intake_na_voorinburgering = :naVoorinburgering, afstand_tot_azc_km = :afstand,
              verwachte_maanden_tot_woning = :maanden, kan_reizen = :reizen, digitaal_vaardig = :digitaal,
              vaste_contactpersoon_id = :contact, contactpersoon_vertrokken = :vertrokken, status = :status,
              gesloten_op = :gesloten, v_nummer_versleuteld = :vnummer, v_nummer_sleutel = :sleutel,
              signalen = cast(:signalen as jsonb), signaal_types = :types, urgentste_signaal = :urgentste,
              urgentie_rang = :rang, signalen_op = :signalenOp, laatste_voortgang = :voortgang,
              mengvorm_omschrijving = :mengvorm, mengvorm_voor_verhuizing = :mengvormVoor,
              mengvorm_brede_intake_na_voorinburgering = :mengvormNaVoorinburgering,
              voorinburgering_toestemming = :toestemming, herplanfout = :herplanfout,
              voornamen = :voornamen, achternaam = :achternaam, geboortedatum = :geboortedatum, taal = :taal,
              tolk_nodig = :tolk, coa_referentie = :coaReferentie, huishouden = :huishouden,
              casemanager_id = :casemanager,
              versie = versie + 1, bijgewerkt_op = now()
            where tenant_id = :tenant and id = :id and versie = :versie and dossiernummer = :nummer"""
            + MET_VORIGE_SIGNALEN), d, s)
        .bind("versie", verwachteVersie)
        .map((row, meta) -> vorige(row)).all().collectList()
        .flatMap(l -> l.isEmpty() ? Mono.just(false)
            : meldingen.signalen(l.get(0).dossier(), l.get(0).signalen(), s).thenReturn(true));
  }

  /** Derived data only (the daily job): no new version, so ETags held by users stay valid. */
  Mono<Void> zetSignalen(UUID tenant, UUID id, SignaalOpslag s) {
    return meldSignalen(signalen(db.sql(VORIGE_SIGNALEN + """
            update dossier set signalen = cast(:signalen as jsonb), signaal_types = :types,
              urgentste_signaal = :urgentste, urgentie_rang = :rang, signalen_op = :signalenOp
            where tenant_id = :tenant and id = :id""" + MET_VORIGE_SIGNALEN), s)
        .bind("tenant", tenant).bind("id", id), s);
  }

  /**
   * A replan after a new agreement version failed: why (kept until a replan succeeds) and the signals that say so.
   * Derived data only, like {@link #zetSignalen}: no new version, ETags held by users stay valid.
   */
  Mono<Void> markeerHerplanfout(UUID tenant, UUID id, String reden, SignaalOpslag s) {
    return meldSignalen(signalen(db.sql(VORIGE_SIGNALEN + """
            update dossier set herplanfout = :reden, signalen = cast(:signalen as jsonb), signaal_types = :types,
              urgentste_signaal = :urgentste, urgentie_rang = :rang, signalen_op = :signalenOp
            where tenant_id = :tenant and id = :id""" + MET_VORIGE_SIGNALEN), s)
        .bind("tenant", tenant).bind("id", id).bind("reden", reden), s);
  }

  /** A row whose signals were stored, with those it held before. */
  private record Vorige(DossierMeldingen.Opgeslagen dossier, String signalen) {}

  private static Vorige vorige(io.r2dbc.spi.Readable row) {
    return new Vorige(new DossierMeldingen.Opgeslagen(row.get("tenant_id", UUID.class), row.get("id", UUID.class),
        row.get("dossiernummer", String.class), row.get("vaste_contactpersoon_id", UUID.class),
        row.get("casemanager_id", UUID.class)), row.get("vorige_signalen", String.class));
  }

  private Mono<Void> meldSignalen(GenericExecuteSpec spec, SignaalOpslag s) {
    return spec.map((row, meta) -> vorige(row)).all()
        .concatMap(v -> meldingen.signalen(v.dossier(), v.signalen(), s))
        .then();
  }

  /** Stores the planned due dates; done milestones keep theirs, milestones no longer planned and open go. */
  Mono<Void> schrijfTijdlijn(UUID tenant, UUID dossierId, Tijdlijn tijdlijn) {
    List<GeplandeMijlpaal> ms = tijdlijn.mijlpalen();
    String[] types = ms.stream().map(m -> m.type().code()).toArray(String[]::new);
    String[] data = ms.stream().map(m -> m.vervaldatum() == null ? null : m.vervaldatum().toString())
        .toArray(String[]::new);
    return db.sql("""
            with weg as (
              delete from dossier_mijlpaal where tenant_id = :tenant and dossier_id = :id and afgerond_op is null
                and type <> all(cast(:types as text[]))
            )
            insert into dossier_mijlpaal (tenant_id, dossier_id, type, vervaldatum)
            select :tenant, :id, t, cast(v as date) from unnest(cast(:types as text[]), cast(:data as text[])) as x(t, v)
            on conflict (tenant_id, dossier_id, type) do update set vervaldatum = excluded.vervaldatum
              where dossier_mijlpaal.afgerond_op is null""")
        .bind("tenant", tenant).bind("id", dossierId).bind("types", types).bind("data", data)
        .then();
  }

  Mono<Void> rondAf(UUID tenant, UUID dossierId, String type, LocalDate datum, String door, String notitie,
      String vorm, String doorNaam, nl.doorlopendelijn.dossiers.planning.Dossier.VoorAfronding voor) {
    GenericExecuteSpec spec = db.sql("""
            update dossier_mijlpaal set afgerond_op = :datum, afgerond_door = :door, notitie = :notitie, vorm = :vorm,
              afgerond_door_naam = :naam, status_voor_afronding = :statusVoor,
              verhuisdatum_voor_afronding = :verhuisdatumVoor
            where tenant_id = :tenant and dossier_id = :id and type = :type""")
        .bind("tenant", tenant).bind("id", dossierId).bind("type", type).bind("datum", datum).bind("door", door);
    spec = nullable(spec, "notitie", notitie, String.class);
    spec = nullable(spec, "vorm", vorm, String.class);
    spec = nullable(spec, "naam", doorNaam, String.class);
    spec = nullable(spec, "statusVoor", voor.status() == null ? null : voor.status().code(), String.class);
    spec = nullable(spec, "verhuisdatumVoor", voor.werkelijkeVerhuisdatum(), LocalDate.class);
    return spec.then();
  }

  /**
   * A correction of a completed milestone: another day ({@code datum}), or open again ({@code null}: who completed
   * it, the note, the form and what the completion changed go; the due date is planned again).
   */
  Mono<Void> corrigeer(UUID tenant, UUID dossierId, String type, LocalDate datum) {
    GenericExecuteSpec spec = datum != null
        ? db.sql("""
            update dossier_mijlpaal set afgerond_op = :datum
            where tenant_id = :tenant and dossier_id = :id and type = :type and afgerond_op is not null""")
            .bind("datum", datum)
        : db.sql("""
            update dossier_mijlpaal set afgerond_op = null, afgerond_door = null, afgerond_door_naam = null,
              notitie = null, vorm = null, status_voor_afronding = null, verhuisdatum_voor_afronding = null
            where tenant_id = :tenant and dossier_id = :id and type = :type and afgerond_op is not null""");
    return spec.bind("tenant", tenant).bind("id", dossierId).bind("type", type).then();
  }

  Flux<UUID> idsMetAfspraakVersie(UUID tenant, UUID versie) {
    return db.sql("""
            select id from dossier where tenant_id = :tenant and afspraak_versie_id = :versie
              and status <> 'gesloten' order by id""")
        .bind("tenant", tenant).bind("versie", versie)
        .map((row, meta) -> row.get("id", UUID.class)).all();
  }

  Flux<UUID> idsMetContactpersoon(UUID tenant, UUID contactpersoon) {
    return db.sql("""
            select id from dossier where tenant_id = :tenant and vaste_contactpersoon_id = :cp
              and not contactpersoon_vertrokken order by id""")
        .bind("tenant", tenant).bind("cp", contactpersoon)
        .map((row, meta) -> row.get("id", UUID.class)).all();
  }

  Flux<UUID> openIds(UUID tenant) {
    return db.sql("select id from dossier where tenant_id = :tenant and status <> 'gesloten' order by id")
        .bind("tenant", tenant)
        .map((row, meta) -> row.get("id", UUID.class)).all();
  }

  /** Deletes closed dossiers closed before {@code grens}; their milestones go with them (cascade). */
  Mono<List<String>> verwijderGeslotenVoor(UUID tenant, LocalDate grens) {
    return db.sql("""
            with weg as (
              delete from dossier where tenant_id = :tenant and status = 'gesloten' and gesloten_op < :grens
              returning id
            )
            select id from weg""")
        .bind("tenant", tenant).bind("grens", grens)
        .map((row, meta) -> row.get("id", UUID.class).toString()).all().collectList();
  }

  private static GenericExecuteSpec waarden(GenericExecuteSpec spec, DossierRij d, SignaalOpslag s) {
    spec = spec.bind("tenant", d.tenantId()).bind("id", d.id()).bind("nummer", d.dossiernummer())
        .bind("gemeente", d.gemeenteCode()).bind("azc", d.azcCode()).bind("koppeling", d.koppelingsdatum())
        .bind("scenario", d.scenario()).bind("bron", d.scenarioBron())
        .bind("naVoorinburgering", d.bredeIntakeNaVoorinburgering())
        .bind("vertrokken", d.contactpersoonVertrokken()).bind("status", d.status().code());
    spec = nullable(spec, "afspraak", d.afspraakVersieId(), UUID.class);
    spec = nullable(spec, "verwacht", d.verwachteVerhuisdatum(), LocalDate.class);
    spec = nullable(spec, "werkelijk", d.werkelijkeVerhuisdatum(), LocalDate.class);
    spec = nullable(spec, "advies", d.geadviseerdScenario(), String.class);
    Factoren f = d.factoren();
    spec = nullable(spec, "afstand", f == null ? null : f.afstandTotAzcKm(), Integer.class);
    spec = nullable(spec, "maanden", f == null ? null : f.verwachteMaandenTotWoning(), Integer.class);
    spec = nullable(spec, "reizen", f == null ? null : f.kanReizen(), Boolean.class);
    spec = nullable(spec, "digitaal", f == null ? null : f.digitaalVaardig(), Boolean.class);
    spec = nullable(spec, "contact", d.vasteContactpersoonId(), UUID.class);
    spec = nullable(spec, "gesloten", d.geslotenOp(), LocalDate.class);
    spec = nullable(spec, "vnummer", d.vNummerVersleuteld(), byte[].class);
    spec = nullable(spec, "sleutel", d.vNummerSleutel(), String.class);
    spec = nullable(spec, "voortgang", d.laatsteVoortgang(), LocalDate.class);
    Mengvorm m = d.mengvorm();
    spec = nullable(spec, "mengvorm", m == null ? null : m.omschrijving(), String.class);
    spec = nullable(spec, "mengvormVoor", m == null ? null : Mengvorm.INBURGERINGSKETEN.stream()
        .filter(m.voorVerhuizing()::contains).map(MijlpaalType::code).toArray(String[]::new), String[].class);
    spec = spec.bind("mengvormNaVoorinburgering", m != null && m.bredeIntakeNaVoorinburgering());
    spec = nullable(spec, "toestemming", d.voorinburgeringToestemming(), Boolean.class);
    spec = nullable(spec, "herplanfout", d.herplanfout(), String.class);
    spec = nullable(spec, "voornamen", d.voornamen(), String.class);
    spec = nullable(spec, "achternaam", d.achternaam(), String.class);
    spec = nullable(spec, "geboortedatum", d.geboortedatum(), LocalDate.class);
    spec = nullable(spec, "taal", d.taal(), String.class);
    spec = spec.bind("tolk", d.tolkNodig());
    spec = nullable(spec, "coaReferentie", d.coaReferentie(), String.class);
    spec = nullable(spec, "huishouden", d.huishouden(), String.class);
    spec = nullable(spec, "casemanager", d.casemanagerId(), UUID.class);
    return signalen(spec, s);
  }

  private static GenericExecuteSpec signalen(GenericExecuteSpec spec, SignaalOpslag s) {
    spec = spec.bind("signalen", s.json()).bind("types", s.types()).bind("rang", (short) s.rang())
        .bind("signalenOp", s.op());
    return nullable(spec, "urgentste", s.urgentste(), String.class);
  }

  static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }
}
