package nl.doorlopendelijn.web;

import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Takes the trace id from an incoming W3C {@code traceparent} header, or starts a new trace, and answers with
 * the {@code traceparent} it used, so a caller can find its request in the audit log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestMetadataFilter implements WebFilter {

  private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String traceId = traceIdOf(exchange.getRequest().getHeaders().getFirst("traceparent"));
    exchange.getResponse().getHeaders().set("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01");
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    // an address as RFC 5952 writes it (2001:db8::1, not 2001:db8:0:0:0:0:0:1), whether direct or forwarded
    String origin = remote == null ? "onbekend" : remote.getAddress() == null ? remote.getHostString()
        : io.netty.util.NetUtil.toAddressString(remote.getAddress());
    RequestMetadata metadata = new RequestMetadata(traceId, origin);
    return chain.filter(exchange).contextWrite(ctx -> ctx.put(RequestMetadata.KEY, metadata));
  }

  static String traceIdOf(String traceparent) {
    if (traceparent != null) {
      var m = TRACEPARENT.matcher(traceparent.trim());
      if (m.matches() && !m.group(1).equals("0".repeat(32))) {
        return m.group(1);
      }
    }
    return randomHex(16);
  }

  private static String randomHex(int bytes) {
    // Trace ids need uniqueness, not secrecy; SecureRandom could block on an event-loop thread.
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
