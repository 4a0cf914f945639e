package nl.doorlopendelijn.azc.internal;

import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Maintenance of the national azc list by platform operators: platform transaction, audited, optimistic lock. */
@Service
class AzcBeheer {

  /** An azc-locatie with its version (the ETag). */
  public record Versie(AzcLocatie locatie, int versie) {}

  /** Body of a create or update; on update the code comes from the path. */
  public record Verzoek(String code, String naam, String plaats, String coaRegio, Boolean actief) {}

  private final DatabaseClient db;
  private final TenantTransactions tx;
  private final AuditLog audit;

  AzcBeheer(DatabaseClient db, TenantTransactions tx, AuditLog audit) {
    this.db = db;
    this.tx = tx;
    this.audit = audit;
  }

  public Mono<Versie> haal(String code) {
    return db.sql("select code, naam, plaats, coa_regio, actief, versie from azc_locatie where code = :code")
        .bind("code", code)
        .map((r, m) -> new Versie(new AzcLocatie(r.get("code", String.class), r.get("naam", String.class),
            r.get("plaats", String.class), r.get("coa_regio", String.class),
            Boolean.TRUE.equals(r.get("actief", Boolean.class))), r.get("versie", Integer.class)))
        .one();
  }

  public Mono<Versie> maak(Verzoek v) {
    List<InvalidParam> fouten = valideer(v, true);
    if (!fouten.isEmpty()) {
      return Mono.error(ApiProblem.badRequest(fouten));
    }
    return tx.platform(db.sql("insert into azc_locatie (code, naam, plaats, coa_regio, actief)"
                + " values (:code, :naam, :plaats, :regio, :actief) on conflict do nothing")
            .bind("code", v.code()).bind("naam", v.naam().strip()).bind("plaats", v.plaats().strip())
            .bind("regio", v.coaRegio().strip()).bind("actief", v.actief() == null || v.actief())
            .fetch().rowsUpdated()
            .flatMap(n -> n == 0 ? Mono.error(ApiProblem.conflict("Er is al een azc-locatie met code " + v.code() + "."))
                : audit.record(AuditEntry.gelukt("azc-locatie.aanmaken", "azc-locatie", List.of(v.code()), null)))
            .then(haal(v.code())));
  }

  public Mono<Versie> wijzig(String code, int verwacht, Verzoek v) {
    List<InvalidParam> fouten = valideer(v, false);
    if (!fouten.isEmpty()) {
      return Mono.error(ApiProblem.badRequest(fouten));
    }
    return tx.platform(haal(code).switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(huidig -> db.sql("update azc_locatie set naam = :naam, plaats = :plaats, coa_regio = :regio,"
                + " actief = :actief, versie = versie + 1 where code = :code and versie = :verwacht")
            .bind("code", code).bind("verwacht", verwacht).bind("naam", v.naam().strip())
            .bind("plaats", v.plaats().strip()).bind("regio", v.coaRegio().strip())
            .bind("actief", v.actief() == null || v.actief())
            .fetch().rowsUpdated())
        .flatMap(n -> n == 0 ? Mono.error(ApiProblem.preconditionFailed())
            : audit.record(AuditEntry.gelukt("azc-locatie.wijzigen", "azc-locatie", List.of(code), null)))
        .then(haal(code)));
  }

  private static List<InvalidParam> valideer(Verzoek v, boolean nieuw) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (v == null) {
      return List.of(new InvalidParam("(body)", "required", "is verplicht"));
    }
    if (nieuw && (v.code() == null || !v.code().matches("^AZC-[A-Z0-9-]+$"))) {
      fouten.add(new InvalidParam("code", "pattern", "moet een azc-code zijn zoals AZC-OISTERWIJK"));
    }
    for (var veld : List.of(new String[] {"naam", v.naam()}, new String[] {"plaats", v.plaats()},
        new String[] {"coaRegio", v.coaRegio()})) {
      if (veld[1] == null || veld[1].isBlank()) {
        fouten.add(new InvalidParam(veld[0], "required", "is verplicht"));
      } else if (veld[1].length() > 200) {
        fouten.add(new InvalidParam(veld[0], "size", "mag hoogstens 200 tekens bevatten"));
      }
    }
    return fouten;
  }
}
