package nl.doorlopendelijn.web;

/**
 * One validation error, as the {@code invalidParams} member of a problem (NL API Design Rules).
 *
 * @param name the field in the request, e.g. {@code gemeenten[0].cbsCode} or {@code query:status}
 * @param code a stable, machine-readable code, e.g. {@code required}
 * @param reason a Dutch explanation for people
 */
public record InvalidParam(String name, String code, String reason) {}
