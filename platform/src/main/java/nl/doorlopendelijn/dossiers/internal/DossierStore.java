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

  private final DatabaseClient db;

  DossierStore(DatabaseClient db) {
    this.db = db;
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
    return db.sql("""
            select type, vervaldatum, afgerond_op, afgerond_door, notitie, vorm from dossier_mijlpaal
            where tenant_id = :tenant and dossier_id = :id""")
        .bind("tenant", tenant).bind("id", dossierId)
        .map((row, meta) -> MijlpaalRij.van(row)).all().collectList();
  }

  /** Records a re-match (hermatchen) in the dossier's history, in the transaction that makes it. */
  Mono<Void> hermatch(UUID tenant, UUID dossierId, String van, String naar, String door) {
    return db.sql("""
            insert into dossier_hermatching (tenant_id, dossier_id, volgnummer, van_gemeente, naar_gemeente, door)
            select :tenant, :id, coalesce(max(volgnummer), 0) + 1, :van, :naar, :door
            from dossier_hermatching where tenant_id = :tenant and dossier_id = :id""")
        .bind("tenant", tenant).bind("id", dossierId).bind("van", van).bind("naar", naar).bind("door", door)
        .then();
  }

  /** The dossier's re-matches, oldest first. */
  Mono<List<DossierWeergave.HermatchingWeergave>> hermatchingen(UUID tenant, UUID dossierId) {
    return db.sql("""
            select van_gemeente, naar_gemeente, door, op from dossier_hermatching
            where tenant_id = :tenant and dossier_id = :id order by volgnummer""")
        .bind("tenant", tenant).bind("id", dossierId)
        .map((row, meta) -> new DossierWeergave.HermatchingWeergave(row.get("van_gemeente", String.class),
            row.get("naar_gemeente", String.class), row.get("door", String.class),
            row.get("op", java.time.OffsetDateTime.class)))
        .all().collectList();
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
              mengvorm_brede_intake_na_voorinburgering, voorinburgering_toestemming, herplanfout, versie,
              casemanager_id)
            values (:tenant, :id, :nummer, :gemeente, :azc, :afspraak, :koppeling, :verwacht, :werkelijk, :scenario,
              :bron, :advies, :naVoorinburgering, :afstand, :maanden, :reizen, :digitaal, :contact, :vertrokken,
              :status, :gesloten, :vnummer, :sleutel, cast(:signalen as jsonb), :types, :urgentste, :rang, :signalenOp,
              :voortgang, :mengvorm, :mengvormVoor, :mengvormNaVoorinburgering, :toestemming, :herplanfout, 1,
              :casemanager)"""), d, s)
        .then();
  }

  /** Writes the dossier's new state if it is still at {@code verwachteVersie}; false when someone was first. */
  Mono<Boolean> werkBij(DossierRij d, SignaalOpslag s, int verwachteVersie) {
    return waarden(db.sql("""
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
              casemanager_id = :casemanager,
              versie = versie + 1, bijgewerkt_op = now()
            where tenant_id = :tenant and id = :id and versie = :versie and dossiernummer = :nummer"""), d, s)
        .bind("versie", verwachteVersie)
        .fetch().rowsUpdated()
        .map(n -> n == 1);
  }

  /** Derived data only (the daily job): no new version, so ETags held by users stay valid. */
  Mono<Void> zetSignalen(UUID tenant, UUID id, SignaalOpslag s) {
    return signalen(db.sql("""
            update dossier set signalen = cast(:signalen as jsonb), signaal_types = :types,
              urgentste_signaal = :urgentste, urgentie_rang = :rang, signalen_op = :signalenOp
            where tenant_id = :tenant and id = :id"""), s)
        .bind("tenant", tenant).bind("id", id)
        .then();
  }

  /**
   * A replan after a new agreement version failed: why (kept until a replan succeeds) and the signals that say so.
   * Derived data only, like {@link #zetSignalen}: no new version, ETags held by users stay valid.
   */
  Mono<Void> markeerHerplanfout(UUID tenant, UUID id, String reden, SignaalOpslag s) {
    return signalen(db.sql("""
            update dossier set herplanfout = :reden, signalen = cast(:signalen as jsonb), signaal_types = :types,
              urgentste_signaal = :urgentste, urgentie_rang = :rang, signalen_op = :signalenOp
            where tenant_id = :tenant and id = :id"""), s)
        .bind("tenant", tenant).bind("id", id).bind("reden", reden)
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
      String vorm) {
    GenericExecuteSpec spec = db.sql("""
            update dossier_mijlpaal set afgerond_op = :datum, afgerond_door = :door, notitie = :notitie, vorm = :vorm
            where tenant_id = :tenant and dossier_id = :id and type = :type""")
        .bind("tenant", tenant).bind("id", dossierId).bind("type", type).bind("datum", datum).bind("door", door);
    spec = nullable(spec, "notitie", notitie, String.class);
    spec = nullable(spec, "vorm", vorm, String.class);
    return spec.then();
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
