package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/**
 * Forwarded headers are believed from the named proxies only, and the origin is the last address before them. Every
 * combination of peer (a proxy or not, IPv4 and IPv6), scheme header and {@code X-Forwarded-For} chain below.
 */
class VertrouwdeProxiesTest {

  static final VertrouwdeProxies PROXIES = new VertrouwdeProxies(List.of("10.0.0.0/8", " 2001:db8:1::/48", ""));

  record Keten(String waarde, String herkomstAchterProxy) {}

  /** Chains as they arrive, and the origin behind a proxy (null: the proxy's own address). */
  static final List<Keten> KETENS = List.of(
      new Keten(null, null),
      new Keten("203.0.113.7", "203.0.113.7"),
      new Keten("6.6.6.6, 203.0.113.7", "203.0.113.7"),           // the client wrote 6.6.6.6 itself
      new Keten("203.0.113.7, 10.0.0.9", "203.0.113.7"),          // through a second proxy of ours
      new Keten("6.6.6.6, 203.0.113.7, 10.0.0.9", "203.0.113.7"),
      new Keten("203.0.113.7:5555", "203.0.113.7"),
      new Keten("[2001:db8:2::5]:4711", "2001:db8:2::5"),
      new Keten("2001:db8:2::5, 2001:db8:1::9", "2001:db8:2::5"),
      new Keten("10.0.0.7, 10.0.0.9", "10.0.0.7"),                // only proxies: the first of them
      new Keten("kwaad.example, 10.0.0.9", "10.0.0.9"),           // not an address: never looked up, stops there
      new Keten("kwaad.example", null),
      new Keten("999.1.1.1", null),
      new Keten(":::::zz", null),
      new Keten("unknown, 203.0.113.7", "203.0.113.7"));

  static final List<String> PROXY_PEERS = List.of("10.0.0.2", "2001:db8:1::2");
  static final List<String> ANDERE_PEERS = List.of("198.51.100.20", "2001:db8:9::2", "127.0.0.1");

  static ServerHttpRequest verzoek(String peer, String proto, String keten) {
    var b = MockServerHttpRequest.get("http://platform.intern:8080/dossiers")
        .remoteAddress(new InetSocketAddress(peer, 40_000));
    if (proto != null) {
      b.header("X-Forwarded-Proto", proto).header("X-Forwarded-Host", "doorlopendelijn.nl")
          .header("X-Forwarded-Port", "443");
    }
    if (keten != null) {
      b.header("X-Forwarded-For", keten);
    }
    return b.build();
  }

  @Test
  void vanEenAnderWordtNietsGeloofdEnVerdwijnenDeKoppen() {
    int gevallen = 0;
    for (String peer : ANDERE_PEERS) {
      for (String proto : new String[] {null, "https"}) {
        for (Keten keten : KETENS) {
          ServerHttpRequest uit = PROXIES.apply(verzoek(peer, proto, keten.waarde()));
          String geval = peer + " " + proto + " " + keten.waarde();
          assertThat(uit.getURI().getScheme()).as(geval).isEqualTo("http");
          assertThat(uit.getURI().getHost()).as(geval).isEqualTo("platform.intern");
          assertThat(normaal(uit.getRemoteAddress().getHostString())).as(geval).isEqualTo(normaal(peer));
          assertThat(uit.getHeaders().headerNames()).as(geval).noneMatch(n -> n.toLowerCase().contains("forwarded"));
          gevallen++;
        }
      }
    }
    assertThat(gevallen).isEqualTo(3 * 2 * KETENS.size());
  }

  @Test
  void vanEenProxyGeldenSchemaHostEnDeLaatsteHerkomstVoorHaar() {
    List<String> fout = new ArrayList<>();
    for (String peer : PROXY_PEERS) {
      for (String proto : new String[] {null, "https"}) {
        for (Keten keten : KETENS) {
          ServerHttpRequest uit = PROXIES.apply(verzoek(peer, proto, keten.waarde()));
          String geval = peer + " " + proto + " " + keten.waarde();
          String schema = proto == null ? "http" : "https";
          String host = proto == null ? "platform.intern" : "doorlopendelijn.nl";
          String herkomst = keten.herkomstAchterProxy() == null ? peer : keten.herkomstAchterProxy();
          if (!uit.getURI().getScheme().equals(schema) || !uit.getURI().getHost().equals(host)
              || !normaal(uit.getRemoteAddress().getHostString()).equals(normaal(herkomst))) {
            fout.add(geval + " -> " + uit.getURI() + " from " + uit.getRemoteAddress().getHostString());
          }
          assertThat(uit.getHeaders().headerNames()).as(geval).noneMatch(n -> n.toLowerCase().contains("forwarded"));
        }
      }
    }
    assertThat(fout).isEmpty();
  }

  @Test
  void eenForwardedKopVanEenClientWordtNietGebruikt() {
    ServerHttpRequest uit = PROXIES.apply(MockServerHttpRequest.get("http://platform.intern/x")
        .remoteAddress(new InetSocketAddress("10.0.0.2", 1)).header("Forwarded", "for=6.6.6.6;proto=https")
        .build());
    assertThat(uit.getURI().getScheme()).isEqualTo("http");
    assertThat(uit.getRemoteAddress().getHostString()).isEqualTo("10.0.0.2");
  }

  @Test
  void eenProxyDieGeenAdresIsWeigertDeStart() {
    assertThatThrownBy(() -> new VertrouwdeProxies(List.of("proxy.intern"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxy.intern");
  }

  private static String normaal(String adres) {
    return io.netty.util.NetUtil.toAddressString(io.netty.util.NetUtil.createInetAddressFromIpAddressString(
        adres.startsWith("[") ? adres.substring(1, adres.length() - 1) : adres));
  }
}
