package nl.doorlopendelijn.directory.internal;

/** The result of a create: the resource, and whether this request made it (false: an idempotent repeat). */
public record Aangemaakt<T>(T resource, boolean nieuw) {}
