package nl.doorlopendelijn.keycloak.internal;

import java.util.Collection;
import nl.doorlopendelijn.identity.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the verified token and the {@link Caller} it maps to. */
final class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;
  private final transient Jwt jwt;

  CallerAuthentication(Caller caller, Jwt jwt, Collection<? extends GrantedAuthority> authorities) {
    super(authorities);
    this.caller = caller;
    this.jwt = jwt;
    setAuthenticated(true);
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Override
  public Jwt getCredentials() {
    return jwt;
  }

  @Override
  public String getName() {
    return caller.subject();
  }
}
