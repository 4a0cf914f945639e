package nl.doorlopendelijn.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error the API answers with, as problem details. Thrown by the modules; rendered by one handler.
 * Titles and details are Dutch and never carry internals.
 */
public class ApiProblem extends ErrorResponseException {

  private static final String TYPE_BASE = "https://doorlopendelijn.nl/problemen/";

  private final transient List<InvalidParam> invalidParams;
  private final Duration retryAfter;

  private ApiProblem(HttpStatus status, String type, String title, String detail,
      List<InvalidParam> invalidParams, Duration retryAfter) {
    super(status, problem(status, type, title, detail), null);
    this.invalidParams = List.copyOf(invalidParams);
    this.retryAfter = retryAfter;
    if (retryAfter != null) {
      // Also as a header of the exception itself: a problem thrown from a controller may be rendered by Spring's
      // own ErrorResponse handling, which copies these headers but knows nothing of retryAfter().
      getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
    }
    if (!this.invalidParams.isEmpty()) {
      getBody().setProperty("invalidParams", this.invalidParams);
    }
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
    pd.setType(URI.create(TYPE_BASE + type));
    pd.setTitle(title);
    return pd;
  }

  public List<InvalidParam> invalidParams() {
    return invalidParams;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** 404 that reveals nothing: the same answer whether the object does not exist or belongs to someone else. */
  public static ApiProblem notFound() {
    return new ApiProblem(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
        "De gevraagde resource bestaat niet of is voor u niet beschikbaar.", List.of(), null);
  }

  public static ApiProblem badRequest(List<InvalidParam> errors) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
        "Het verzoek bevat " + errors.size() + " ongeldige waarde(n); zie invalidParams.", errors, null);
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "ongeldig-verzoek", "Ongeldig verzoek", detail, List.of(), null);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "geen-toegang", "Geen toegang", detail, List.of(), null);
  }

  public static ApiProblem conflict(String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, "conflict", "Conflict", detail, List.of(), null);
  }

  /** 422: a well-formed request that cannot be honoured as sent (e.g. an Idempotency-Key used for another request). */
  public static ApiProblem unprocessable(String detail) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "niet-verwerkbaar", "Niet verwerkbaar", detail, List.of(),
        null);
  }

  /** 413: the body is larger than this resource takes; the detail says the limit. */
  public static ApiProblem contentTooLarge(String detail) {
    return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "te-groot", "Te groot", detail, List.of(), null);
  }

  public static ApiProblem preconditionFailed() {
    return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "verouderde-versie", "Verouderde versie",
        "De resource is intussen gewijzigd. Haal de actuele versie op en probeer het opnieuw.", List.of(), null);
  }

  public static ApiProblem preconditionRequired() {
    return new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "if-match-vereist", "If-Match vereist",
        "Wijzigen kan alleen met de header If-Match met de ETag van de versie die u wijzigt.", List.of(), null);
  }

  /**
   * A status without a domain meaning (405, 406, 415, 500): the standard reason phrase, no internals. Always with a
   * detail: the OpenAPI document promises type, title, status, detail and instance on every problem.
   */
  public static ApiProblem generic(HttpStatus status, HttpHeaders headers) {
    ApiProblem p = new ApiProblem(status, "http-" + status.value(), status.getReasonPhrase(),
        status.is5xxServerError() ? "Er ging iets mis aan onze kant. Probeer het later opnieuw."
            : "Het verzoek kan in deze vorm niet worden verwerkt (" + status.value() + ").",
        List.of(), null);
    p.getHeaders().putAll(headers);
    return p;
  }

  public static ApiProblem unauthorized(String detail) {
    return new ApiProblem(HttpStatus.UNAUTHORIZED, "niet-geauthenticeerd", "Niet geauthenticeerd", detail,
        List.of(), null);
  }

  /** 503 for a function the platform cannot offer until an operator configures it (e.g. no SMTP server for mail). */
  public static ApiProblem notConfigured(String title, String detail) {
    return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "niet-ingesteld", title, detail, List.of(), null);
  }

  /** 429: the caller (or her region) wrote more than the limit allows; {@code Retry-After} says when she may again. */
  public static ApiProblem tooManyRequests(String detail, Duration retryAfter) {
    return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "te-veel-verzoeken", "Te veel verzoeken", detail, List.of(),
        retryAfter);
  }

  public static ApiProblem unavailable(String detail, Duration retryAfter) {
    return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "tijdelijk-niet-beschikbaar",
        "Tijdelijk niet beschikbaar", detail, List.of(), retryAfter);
  }
}
