package nl.doorlopendelijn.web;

import java.util.regex.Pattern;

/**
 * The API convention for {@code Idempotency-Key} (docs/api.md): its name and its one format rule, stated in the
 * OpenAPI document by {@link ApiDocumentConventions} and enforced by {@code tenancy.Idempotentie}.
 */
public final class IdempotencyKey {

  public static final String HEADER = "Idempotency-Key";

  /** Header of a repeated answer: {@code true}. */
  public static final String REPLAYED = "Idempotent-Replayed";

  /** 1 to 200 visible ASCII characters (0x21–0x7E): no spaces, no control characters; e.g. a UUID. */
  public static final String PATTERN = "^[\\x21-\\x7E]{1,200}$";

  public static final Pattern FORMAT = Pattern.compile(PATTERN);

  public static final String RULE = "1 tot 200 zichtbare ASCII-tekens (geen spaties), bijvoorbeeld een UUID";

  private IdempotencyKey() {}

  /** Refuses a malformed key (400 naming {@code header:Idempotency-Key}); an absent key passes. */
  public static void valideer(String sleutel) {
    if (sleutel != null && !FORMAT.matcher(sleutel).matches()) {
      throw ApiProblem.badRequest(java.util.List.of(new InvalidParam("header:" + HEADER, "pattern",
          "moet " + RULE + " zijn")));
    }
  }
}
