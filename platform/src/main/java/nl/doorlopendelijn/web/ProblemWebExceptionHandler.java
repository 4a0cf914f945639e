package nl.doorlopendelijn.web;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders every error, whatever its origin, as {@code application/problem+json} (RFC 9457) without internals.
 * Runs before Spring Boot's own error handler, so no request ever gets a stack trace or a Whitelabel page.
 */
@Component
@Order(-2)
public class ProblemWebExceptionHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);
  static final Duration DATABASE_RETRY_AFTER = Duration.ofSeconds(5);

  private final JsonMapper json;

  public ProblemWebExceptionHandler(JsonMapper json) {
    this.json = json;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(ex);
    }
    ApiProblem problem = problemFor(ex, exchange);
    return write(exchange, problem);
  }

  /** Writes a problem as the response; also used by the security entry points. */
  public Mono<Void> write(ServerWebExchange exchange, ApiProblem problem) {
    var response = exchange.getResponse();
    response.setStatusCode(problem.getStatusCode());
    HttpHeaders headers = response.getHeaders();
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    headers.putAll(problem.getHeaders());
    if (problem.retryAfter() != null) {
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfter().toSeconds()));
    }
    byte[] body = json.writeValueAsBytes(asMap(problem.getBody(), exchange));
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }

  private static Map<String, Object> asMap(ProblemDetail pd, ServerWebExchange exchange) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", pd.getType().toString());
    map.put("title", pd.getTitle());
    map.put("status", pd.getStatus());
    if (pd.getDetail() != null) {
      map.put("detail", pd.getDetail());
    }
    map.put("instance", exchange.getRequest().getPath().value());
    if (pd.getProperties() != null) {
      map.putAll(pd.getProperties());
    }
    return map;
  }

  /** The problem an error becomes (status, Retry-After); the pages render the same status as their own page. */
  public ApiProblem problemFor(Throwable ex, ServerWebExchange exchange) {
    if (ex instanceof ApiProblem p) {
      return p;
    }
    if (ex instanceof WebExchangeBindException bind) {
      List<InvalidParam> errors = new ArrayList<>();
      bind.getGlobalErrors().forEach(e -> errors.add(new InvalidParam(e.getObjectName(), code(e.getCode()), e.getDefaultMessage())));
      for (FieldError e : bind.getFieldErrors()) {
        errors.add(new InvalidParam(e.getField(), code(e.getCode()), e.getDefaultMessage()));
      }
      return ApiProblem.badRequest(errors);
    }
    if (ex instanceof ServerWebInputException input) {
      return ApiProblem.badRequest(inputDetail(input));
    }
    if (ex instanceof OptimisticLockingFailureException) {
      return ApiProblem.preconditionFailed();
    }
    if (ex instanceof DuplicateKeyException) {
      return ApiProblem.conflict("Deze resource bestaat al.");
    }
    if (isDatabaseUnavailable(ex)) {
      log.warn("database unavailable: {} {} -> 503 ({})", exchange.getRequest().getMethod(),
          exchange.getRequest().getPath(), rootMessage(ex));
      return ApiProblem.unavailable("De database is tijdelijk niet bereikbaar. Probeer het zo opnieuw.",
          DATABASE_RETRY_AFTER);
    }
    if (ex instanceof ResponseStatusException rse && rse.getStatusCode().value() == 404) {
      return ApiProblem.notFound();
    }
    if (ex instanceof MethodNotAllowedException || ex instanceof ErrorResponse) {
      ErrorResponse er = (ErrorResponse) ex;
      return ApiProblem.generic(HttpStatus.valueOf(er.getStatusCode().value()), er.getHeaders());
    }
    log.error("unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
    return ApiProblem.generic(HttpStatus.INTERNAL_SERVER_ERROR, HttpHeaders.EMPTY);
  }

  private static String inputDetail(ServerWebInputException input) {
    Throwable cause = input.getCause();
    if (cause instanceof DecodingException) {
      return "De body is geen geldige JSON voor deze resource.";
    }
    if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null) {
      return "Ongeldige waarde voor '" + input.getMethodParameter().getParameterName() + "'.";
    }
    return "Het verzoek kon niet worden gelezen.";
  }

  private static String code(String validationCode) {
    if (validationCode == null) {
      return "invalid";
    }
    return switch (validationCode) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Pattern" -> "pattern";
      case "Size" -> "size";
      case "Min", "Max", "Positive", "PositiveOrZero" -> "range";
      case "Email" -> "email";
      default -> validationCode.substring(0, 1).toLowerCase() + validationCode.substring(1);
    };
  }

  /**
   * The server's own timeouts (docs/operations.md, "Database-tijdslimieten"): statement_timeout (57014),
   * lock_timeout (55P03), idle_in_transaction_session_timeout (25P03). The work was not done; a retry may succeed.
   * Named here, not left to the driver's class mapping (which today happens to call them resource failures).
   */
  static final Set<String> TIMEOUT_SQLSTATES = Set.of("57014", "55P03", "25P03");

  /**
   * SQLSTATE classes that say the database cannot do the work now, not that the statement is wrong: connection (08),
   * authorisation of the connection (28), database missing (3D), transaction rolled back by the server (40:
   * serialization failure, deadlock), insufficient resources (53), operator intervention (57: cancel, shutdown),
   * system error (58). Every other SQLSTATE is the platform's own fault (a 500, logged), whatever class the driver
   * maps it to: r2dbc-postgresql calls every state it does not know a resource failure, so a write in a read-only
   * transaction (25006) answered 503 and invited retries (docs/operations.md, "Een afgebroken verzoek en de pool").
   */
  static final Set<String> ONBESCHIKBAAR_KLASSEN = Set.of("08", "28", "3D", "40", "53", "57", "58");

  static boolean isDatabaseUnavailable(Throwable ex) {
    // the server's word first, wherever it is in the chain (Spring's translation wraps it in a resource failure)
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof R2dbcException r && r.getSqlState() != null && r.getSqlState().length() == 5) {
        String state = r.getSqlState();
        return TIMEOUT_SQLSTATES.contains(state) || ONBESCHIKBAAR_KLASSEN.contains(state.substring(0, 2));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      // the client's own bound on a silent server (tenancy.internal.SilenceBoundConnectionFactory), the pool's
      // acquire timeout (R2dbcTimeoutException or reactor-pool's PoolAcquireTimeoutException, a TimeoutException)
      if (t instanceof R2dbcTimeoutException || t instanceof QueryTimeoutException) {
        return true;
      }
      if (t instanceof R2dbcNonTransientResourceException || t instanceof R2dbcTransientResourceException
          || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessResourceException || t instanceof ConnectException
          || t instanceof TimeoutException || t.getClass().getName().startsWith("io.r2dbc.pool.")
          || t.getClass().getName().startsWith("reactor.pool.")
          || t.getClass().getName().equals("io.r2dbc.postgresql.client.ReactorNettyClient$PostgresConnectionClosedException")) {
        return true;
      }
    }
    return false;
  }

  /** The root cause's type, with the SQLSTATE where the database gave one (57014 statement, 55P03 lock timeout). */
  private static String rootMessage(Throwable ex) {
    Throwable t = ex;
    String sqlState = null;
    while (true) {
      if (t instanceof R2dbcException r && r.getSqlState() != null) {
        sqlState = r.getSqlState();
      }
      if (t.getCause() == null || t.getCause() == t) {
        break;
      }
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (sqlState == null ? "" : " " + sqlState);
  }
}
