package nl.doorlopendelijn.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * The forwarded headers ({@code X-Forwarded-Proto}, {@code -Host}, {@code -Port}, {@code -Prefix}, {@code -For}) of
 * a TLS-terminating proxy, believed only when the request comes from one of the proxies the operator names
 * ({@code doorlopendelijn.web.vertrouwde-proxies}, addresses or CIDR ranges). From anyone else they are removed:
 * a client cannot make itself https (and so get a Secure cookie), another host, or another origin in the audit.
 *
 * <p>The origin ({@code herkomst} in the audit) is the last address in {@code X-Forwarded-For} that is not one of
 * the proxies: each proxy appends the address it received from, so what lies to the left of that was written by the
 * client itself. An entry that is not an IP address literal is never looked up (no DNS on an event loop); the
 * chain then stops there and the origin is the last proxy. The {@code Forwarded} header (RFC 7239) is not
 * interpreted: proxies here send the {@code X-Forwarded-*} set.
 */
public class VertrouwdeProxies extends ForwardedHeaderTransformer {

  private static final Pattern IPV4_MET_POORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d{1,5}");
  private static final Pattern IPV6_MET_POORT = Pattern.compile("\\[([0-9a-fA-F:.]+)](:\\d{1,5})?");

  private final List<IpSubnetFilterRule> proxies;
  private final ForwardedHeaderTransformer wegnemen = new ForwardedHeaderTransformer();

  public VertrouwdeProxies(List<String> proxies) {
    this.proxies = proxies.stream().map(String::trim).filter(p -> !p.isEmpty()).map(p -> {
      String adres = p.contains("/") ? p.substring(0, p.indexOf('/')) : p;
      InetAddress ip = NetUtil.createInetAddressFromIpAddressString(adres);
      int lengte;
      try {
        lengte = p.contains("/") ? Integer.parseInt(p.substring(p.indexOf('/') + 1)) : ip.getAddress().length * 8;
      } catch (RuntimeException e) {
        ip = null;
        lengte = 0;
      }
      if (ip == null || lengte < 0 || lengte > ip.getAddress().length * 8) {
        throw new IllegalArgumentException("doorlopendelijn.web.vertrouwde-proxies: geen IP-adres of CIDR: " + p);
      }
      return new IpSubnetFilterRule(ip, lengte, IpFilterRuleType.ACCEPT);
    }).toList();
    wegnemen.setRemoveOnly(true);
  }

  @Override
  public ServerHttpRequest apply(ServerHttpRequest request) {
    if (!hasForwardedHeaders(request)) {
      return request;
    }
    InetSocketAddress peer = request.getRemoteAddress();
    if (peer == null || peer.getAddress() == null || !vertrouwd(peer)) {
      return wegnemen.apply(request);
    }
    String herkomst = herkomst(request.getHeaders().get("X-Forwarded-For"));
    ServerHttpRequest eenduidig = request.mutate().headers(h -> {
      h.remove("Forwarded");
      if (herkomst == null) {
        h.remove("X-Forwarded-For");
      } else {
        h.set("X-Forwarded-For", herkomst);
      }
    }).build();
    return super.apply(eenduidig);
  }

  /** The client's address: the last entry of the chain that is not one of the proxies; null: none to believe. */
  String herkomst(List<String> koppen) {
    if (koppen == null) {
      return null;
    }
    List<String> keten = koppen.stream().flatMap(k -> java.util.Arrays.stream(k.split(","))).map(String::trim)
        .toList();
    String laatste = null;
    for (int i = keten.size() - 1; i >= 0; i--) {
      String adres = letterlijk(keten.get(i));
      if (adres == null) {
        return laatste; // not an address: nothing left of it can be believed
      }
      if (!vertrouwd(adres)) {
        return adres;
      }
      laatste = adres;
    }
    return laatste; // all of them proxies: the first of them received the request
  }

  /** An entry of the chain (a literal {@link #letterlijk} accepted). */
  private boolean vertrouwd(String adres) {
    InetAddress ip = NetUtil.createInetAddressFromIpAddressString(adres);
    return ip != null && vertrouwd(new InetSocketAddress(ip, 0));
  }

  /** The peer as the server saw it, matched as it is (no round trip through text). */
  private boolean vertrouwd(InetSocketAddress adres) {
    return proxies.stream().anyMatch(p -> p.matches(adres));
  }

  /** The address of an entry ({@code 203.0.113.7}, {@code 203.0.113.7:4711}, {@code [2001:db8::1]:4711}), or null. */
  static String letterlijk(String waarde) {
    if (waarde == null) {
      return null;
    }
    String w = waarde.trim();
    var v4 = IPV4_MET_POORT.matcher(w);
    if (v4.matches()) {
      w = v4.group(1);
    }
    var v6 = IPV6_MET_POORT.matcher(w);
    if (v6.matches()) {
      w = v6.group(1);
    }
    // a literal only (Netty parses it; never a name lookup), written as the audit writes every address (RFC 5952)
    InetAddress ip = NetUtil.isValidIpV4Address(w) || NetUtil.isValidIpV6Address(w)
        ? NetUtil.createInetAddressFromIpAddressString(w) : null;
    return ip == null ? null : NetUtil.toAddressString(ip);
  }

  @Configuration(proxyBeanMethods = false)
  static class Instelling {

    /** By its name, WebFlux applies it to every request before any filter (leave server.forward-headers-strategy unset). */
    @Bean(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
    VertrouwdeProxies forwardedHeaderTransformer(
        @Value("${doorlopendelijn.web.vertrouwde-proxies:}") List<String> proxies) {
      return new VertrouwdeProxies(proxies);
    }
  }
}
