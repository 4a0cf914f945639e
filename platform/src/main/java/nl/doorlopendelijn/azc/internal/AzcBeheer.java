package nl.doorlopendelijn.azc.internal;

import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.azc.LocatieType;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Maintenance of the national azc list by platform operators: platform transaction, audited, optimistic lock. */
@Service
class AzcBeheer {

  /** An azc-locatie with its version (the ETag). */
  public record Versie(AzcLocatie locatie, int versie) {}

  /**
   * Body of a create or update (the whole changeable state); on update the code comes from the path. {@code type}
   * absent is {@code azc}; {@code actief: false} ends the location (dossiers that name it keep it).
   */
  public record Verzoek(String code, String naam, String plaats, String coaRegio,
      @Schema(description = "azc, gemeentelijke-opvang of overig; standaard azc") String type,
      @Schema(description = "CBS-code van de gemeente waarin de locatie ligt", example = "GM0824") String gemeente,
      @Schema(description = "Breedtegraad (WGS84), samen met lengtegraad", example = "51.57") Double breedtegraad,
      @Schema(description = "Lengtegraad (WGS84), samen met breedtegraad", example = "5.22") Double lengtegraad,
      Boolean actief) {

    String typeCode() {
      return type == null ? LocatieType.AZC.code() : type;
    }
  }

  private final DatabaseClient db;
  private final TenantTransactions tx;
  private final AuditLog audit;

  AzcBeheer(DatabaseClient db, TenantTransactions tx, AuditLog audit) {
    this.db = db;
    this.tx = tx;
    this.audit = audit;
  }

  public Mono<Versie> haal(String code) {
    return db.sql("select " + AzcLocaties.KOLOMMEN + ", versie from azc_locatie where code = :code")
        .bind("code", code)
        .map((r, m) -> new Versie(AzcLocaties.map(r), r.get("versie", Integer.class)))
        .one();
  }

  public Mono<Versie> maak(Verzoek v) {
    List<InvalidParam> fouten = valideer(v, true);
    if (!fouten.isEmpty()) {
      return Mono.error(ApiProblem.badRequest(fouten));
    }
    // the application role does not write the national list itself: one function per change (V98)
    return tx.platform(waarden(db.sql("select azc_locatie_aanmaken(:code, :naam, :plaats, :regio, :type,"
                + " :gemeente, :breedte, :lengte, :actief) as nieuw"), v.code(), v)
            .map((row, meta) -> row.get("nieuw", Boolean.class)).one()
            .flatMap(nieuw -> !nieuw ? Mono.error(ApiProblem.conflict("Er is al een azc-locatie met code " + v.code() + "."))
                : audit.record(AuditEntry.gelukt("azc-locatie.aanmaken", "azc-locatie", List.of(v.code()), null)))
            .then(haal(v.code())));
  }

  public Mono<Versie> wijzig(String code, int verwacht, Verzoek v) {
    List<InvalidParam> fouten = valideer(v, false);
    if (!fouten.isEmpty()) {
      return Mono.error(ApiProblem.badRequest(fouten));
    }
    return tx.platform(haal(code).switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(huidig -> waarden(db.sql("select azc_locatie_wijzigen(:code, :verwacht, :naam, :plaats, :regio,"
                + " :type, :gemeente, :breedte, :lengte, :actief) as gedaan"), code, v)
            .bind("verwacht", verwacht)
            .map((row, meta) -> row.get("gedaan", Boolean.class)).one())
        .flatMap(gedaan -> !gedaan ? Mono.error(ApiProblem.preconditionFailed())
            : audit.record(AuditEntry.gelukt("azc-locatie.wijzigen", "azc-locatie", List.of(code), null)))
        .then(haal(code)));
  }

  private static GenericExecuteSpec waarden(GenericExecuteSpec spec, String code, Verzoek v) {
    spec = spec.bind("code", code).bind("naam", v.naam().strip()).bind("plaats", v.plaats().strip())
        .bind("regio", v.coaRegio().strip()).bind("type", v.typeCode()).bind("actief", v.actief() == null || v.actief());
    spec = v.gemeente() == null ? spec.bindNull("gemeente", String.class) : spec.bind("gemeente", v.gemeente());
    spec = v.breedtegraad() == null ? spec.bindNull("breedte", Double.class) : spec.bind("breedte", v.breedtegraad());
    return v.lengtegraad() == null ? spec.bindNull("lengte", Double.class) : spec.bind("lengte", v.lengtegraad());
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
    if (v.type() != null && LocatieType.vanCode(v.type()).isEmpty()) {
      fouten.add(new InvalidParam("type", "enum", "moet een van " + String.join(", ", LocatieType.CODES) + " zijn"));
    }
    if (v.gemeente() != null && !v.gemeente().matches("^GM[0-9]{4}$")) {
      fouten.add(new InvalidParam("gemeente", "pattern", "moet een CBS-code zijn zoals GM0824"));
    }
    if ((v.breedtegraad() == null) != (v.lengtegraad() == null)) {
      fouten.add(new InvalidParam(v.breedtegraad() == null ? "breedtegraad" : "lengtegraad", "required",
          "breedtegraad en lengtegraad horen bij elkaar: geef ze allebei of geen van beide"));
    }
    // within the Netherlands (the table's check): a swapped pair or a typing error is caught here
    if (v.breedtegraad() != null && !(v.breedtegraad() >= 50.5 && v.breedtegraad() <= 53.7)) {
      fouten.add(new InvalidParam("breedtegraad", "range", "moet tussen 50.5 en 53.7 liggen (Nederland)"));
    }
    if (v.lengtegraad() != null && !(v.lengtegraad() >= 3.2 && v.lengtegraad() <= 7.3)) {
      fouten.add(new InvalidParam("lengtegraad", "range", "moet tussen 3.2 en 7.3 liggen (Nederland)"));
    }
    return fouten;
  }
}
