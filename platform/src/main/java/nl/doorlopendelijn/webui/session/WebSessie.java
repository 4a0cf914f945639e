package nl.doorlopendelijn.webui.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * A page session and whether its row exists yet. A session read from the table is only ever updated, never
 * inserted again: a request still in flight when the user logged out (or the session ended elsewhere) finds no row
 * to update, and the logout stands. A session id changed at login moves the row in the same update.
 */
public final class WebSessie implements Session {

  private final MapSession sessie;
  /** The id of the row this session was read from or last saved to; {@code null} while it has no row. */
  private String opgeslagenAls;

  WebSessie(MapSession sessie, String opgeslagenAls) {
    this.sessie = sessie;
    this.opgeslagenAls = opgeslagenAls;
    sessie.setSessionIdGenerator(() -> nl.doorlopendelijn.kernel.Ids.nieuw().toString());
  }

  String opgeslagenAls() {
    return opgeslagenAls;
  }

  void opgeslagen() {
    opgeslagenAls = sessie.getId();
  }

  @Override
  public String getId() {
    return sessie.getId();
  }

  @Override
  public String changeSessionId() {
    return sessie.changeSessionId();
  }

  @Override
  public <T> T getAttribute(String name) {
    return sessie.getAttribute(name);
  }

  @Override
  public Set<String> getAttributeNames() {
    return sessie.getAttributeNames();
  }

  @Override
  public void setAttribute(String name, Object value) {
    sessie.setAttribute(name, value);
  }

  @Override
  public void removeAttribute(String name) {
    sessie.removeAttribute(name);
  }

  @Override
  public Instant getCreationTime() {
    return sessie.getCreationTime();
  }

  @Override
  public void setLastAccessedTime(Instant lastAccessedTime) {
    sessie.setLastAccessedTime(lastAccessedTime);
  }

  @Override
  public Instant getLastAccessedTime() {
    return sessie.getLastAccessedTime();
  }

  @Override
  public void setMaxInactiveInterval(Duration interval) {
    sessie.setMaxInactiveInterval(interval);
  }

  @Override
  public Duration getMaxInactiveInterval() {
    return sessie.getMaxInactiveInterval();
  }

  @Override
  public boolean isExpired() {
    return sessie.isExpired();
  }
}
