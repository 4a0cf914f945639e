package nl.doorlopendelijn.identity;

/**
 * Whether an account's tokens are refused although they are still valid: a user a coördinator deactivated. Filled by
 * the Keycloak adapter (the set every replica holds in memory); asked on every request and by every live stream once
 * a second, so an answer is one lookup in memory.
 */
public interface Accountstatus {

  /** Whether the account of this caller is deactivated. */
  boolean gedeactiveerd(Caller caller);
}
