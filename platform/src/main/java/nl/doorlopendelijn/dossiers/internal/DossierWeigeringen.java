package nl.doorlopendelijn.dossiers.internal;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Every refused access to one dossier ({@code /api/v1/regios/{regio}/dossiers/{id}/**} answered 403 or 404: another
 * gemeente's or azc's dossier, a step the caller may not do, a foreign tenant's or a non-existent id; or 400 for an
 * id that is no UUID, which may be anything, a name too) is written to
 * the audit log with result {@code geweigerd}: failed access is what an auditor asks for first. The record goes into
 * the region's audit when the caller passed the region scope, otherwise (a token of another region, a COA liaison
 * with no link to the region) into the platform's. It holds the action, the dossier id (only when the path names a
 * UUID) and who asked; nothing else. The refused work itself rolled back: this record is its only trace.
 */
@Component
class DossierWeigeringen implements WebFilter {

  private static final Logger log = LoggerFactory.getLogger(DossierWeigeringen.class);
  private static final PathPattern DOSSIER =
      PathPatternParser.defaultInstance.parse("/api/v1/regios/{regio}/dossiers/{id}/{*rest}");

  /** {@code …/dossiers/export}: the list as a file (issue 18). */
  static final String LIJST_EXPORT = "export";

  private final TenantTransactions tx;
  private final AuditLog audit;

  DossierWeigeringen(TenantTransactions tx, AuditLog audit) {
    this.tx = tx;
    this.audit = audit;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    PathPattern.PathMatchInfo match = DOSSIER.matchAndExtract(exchange.getRequest().getPath().pathWithinApplication());
    if (match == null || LIJST_EXPORT.equals(match.getUriVariables().get("id"))) {
      // the list's export is the list (as its refusals, it names no one dossier), not an access to one dossier
      return chain.filter(exchange);
    }
    // The answer may be written by the handler or by the problem handler outside the filters: look at the status
    // just before it is committed, with this request's context (caller, trace) captured here.
    return Mono.deferContextual(ctx -> {
      exchange.getResponse().beforeCommit(() -> geweigerd(exchange.getResponse().getStatusCode(),
          match.getUriVariables().get("id"))
          ? registreer(exchange, match.getUriVariables()).contextWrite(c -> c.putAll(ctx))
              .onErrorResume(fout -> {
                log.error("weigering van dossiertoegang niet geaudit", fout);
                return Mono.empty();
              })
          : Mono.empty());
      return chain.filter(exchange);
    });
  }

  private static boolean geweigerd(HttpStatusCode status, String id) {
    return status != null && (status.value() == 403 || status.value() == 404
        || status.value() == 400 && id(id).isEmpty());
  }

  private Mono<Void> registreer(ServerWebExchange exchange, Map<String, String> pad) {
    AuditEntry entry = new AuditEntry(actie(exchange.getRequest().getMethod(), pad.get("rest")), "dossier",
        id(pad.get("id")), AuditEntry.GEWEIGERD, "warme-overdracht");
    RegionScope scope = exchange.getAttribute(RegionScope.ATTRIBUTE);
    return Callers.current().flatMap(c -> scope != null
        ? tx.write(scope.tenantId(), audit.record(entry).thenReturn(true))
        : tx.platform(audit.record(entry).thenReturn(true))).then();
  }

  /** The action as the granted one is recorded ({@code DossierService}), so an auditor finds both under one name. */
  static String actie(HttpMethod methode, String rest) {
    String[] delen = rest == null ? new String[0] : rest.replaceAll("^/+|/+$", "").split("/");
    String eerste = delen.length == 0 ? "" : delen[0];
    boolean get = HttpMethod.GET.equals(methode);
    return switch (eerste) {
      case "" -> get ? "dossier.lezen" : HttpMethod.PUT.equals(methode) ? "dossier.wijzigen" : "dossier.toegang";
      case "mijlpalen" -> get && delen.length == 1 ? "dossier.mijlpalen-lezen"
          : delen.length == 3 && "afrondingen".equals(delen[2]) ? "dossier.mijlpaal-afronden" : "dossier.toegang";
      case "sluitingen" -> "dossier.sluiten";
      case "scenario-adviezen" -> "dossier.advies-vragen";
      case "audit" -> "dossier.audit-lezen";
      case "inzage" -> "dossier.inzage";
      default -> "dossier.toegang";
    };
  }

  /** The dossier id when the path names one; anything else in that place is not recorded (it could be anything). */
  private static List<String> id(String waarde) {
    return Parameters.alsId(waarde).map(id -> List.of(id.toString())).orElse(List.of());
  }
}
