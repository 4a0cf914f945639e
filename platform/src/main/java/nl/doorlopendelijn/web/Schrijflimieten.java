package nl.doorlopendelijn.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Callers;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits on writes to the API (POST, PUT, PATCH, DELETE under {@code /api/}), per user and per region, as token
 * buckets (Bucket4j): a user may write {@code per-gebruiker} times a minute, a region's users together
 * {@code per-regio} times (the region the path names, else the caller's own, else the platform's). Past a limit the
 * request is not carried out: 429 with {@code Retry-After}, the seconds until a write is allowed again. Reads are not
 * limited here (a dashboard or list page reads from what is kept current). Runs after authentication (Spring
 * Security's chain is at order −100), so an anonymous write is a 401 before it counts; the pages write through the
 * same API with their user's token, so they are limited alike.
 *
 * <p>The buckets are per replica: behind N replicas a user can write up to N times the limit. That bounds what one
 * user or one region can do to the database and to the others, which is the point; an exact shared count would cost
 * a database round trip per write.
 */
@Component
@Order(0)
public class Schrijflimieten implements WebFilter {

  private static final Set<HttpMethod> SCHRIJVEN = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
      HttpMethod.DELETE);
  private static final Pattern REGIO_PAD = Pattern.compile("^/api/v1/regios/([a-z0-9-]{1,63})(/.*)?$");

  /** Whether a request of this method counts as a write (the OpenAPI document names 429 on exactly these). */
  static boolean beperkt(HttpMethod methode) {
    return SCHRIJVEN.contains(methode);
  }

  private final Instellingen instellingen;
  private final Cache<String, Bucket> gebruikers;
  private final Cache<String, Bucket> regios;

  public Schrijflimieten(Instellingen instellingen) {
    this.instellingen = instellingen;
    // idle buckets are full again after a minute: forgetting them after ten changes nothing and bounds the memory
    this.gebruikers = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();
    this.regios = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(10_000).build();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var request = exchange.getRequest();
    if (!beperkt(request.getMethod()) || !request.getPath().value().startsWith("/api/")) {
      return chain.filter(exchange);
    }
    return Callers.current()
        .flatMap(caller -> toets(caller, request.getPath().value()))
        .then(chain.filter(exchange));
  }

  /** Takes one write from the user's and the region's bucket, or fails with 429 and takes from neither. */
  Mono<Void> toets(Caller caller, String pad) {
    Bucket gebruiker = gebruikers.get(caller.issuer() + " " + caller.subject(),
        k -> emmer(instellingen.perGebruiker()));
    Bucket regio = regios.get(regio(caller, pad), k -> emmer(instellingen.perRegio()));
    ConsumptionProbe eigen = gebruiker.tryConsumeAndReturnRemaining(1);
    if (!eigen.isConsumed()) {
      return Mono.error(teVeel("U heeft in korte tijd te veel wijzigingen verstuurd.", eigen));
    }
    ConsumptionProbe samen = regio.tryConsumeAndReturnRemaining(1);
    if (!samen.isConsumed()) {
      gebruiker.addTokens(1); // not carried out: it does not count against her either
      return Mono.error(teVeel("In deze regio worden in korte tijd te veel wijzigingen verstuurd.", samen));
    }
    return Mono.empty();
  }

  static String regio(Caller caller, String pad) {
    Matcher m = REGIO_PAD.matcher(pad);
    if (m.matches()) {
      return m.group(1);
    }
    return caller.regionSlug() != null ? caller.regionSlug() : "platform";
  }

  private static ApiProblem teVeel(String detail, ConsumptionProbe probe) {
    long ms = Duration.ofNanos(probe.getNanosToWaitForRefill()).toMillis();
    long seconden = Math.max(1, (ms + 999) / 1000); // whole seconds, rounded up: earlier would be refused again
    return ApiProblem.tooManyRequests(detail + " Probeer het over " + seconden + " seconden opnieuw.",
        Duration.ofSeconds(seconden));
  }

  /** A bucket that holds a minute's writes and refills them evenly over the minute. */
  private static Bucket emmer(int perMinuut) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinuut).refillGreedy(perMinuut, Duration.ofMinutes(1)).build())
        .build();
  }

  /**
   * {@code doorlopendelijn.web.schrijflimiet.*}.
   *
   * @param perGebruiker writes a minute per user (issuer and subject), per replica
   * @param perRegio writes a minute per region, per replica
   */
  @ConfigurationProperties("doorlopendelijn.web.schrijflimiet")
  public record Instellingen(Integer perGebruiker, Integer perRegio) {
    public Instellingen {
      perGebruiker = perGebruiker == null ? 120 : perGebruiker;
      perRegio = perRegio == null ? 1_200 : perRegio;
      if (perGebruiker < 1 || perRegio < 1) {
        throw new IllegalArgumentException("doorlopendelijn.web.schrijflimiet: minstens 1 per minuut");
      }
    }
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(Instellingen.class)
  static class Instelling {}
}
