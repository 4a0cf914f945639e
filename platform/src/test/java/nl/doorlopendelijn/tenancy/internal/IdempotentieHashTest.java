package nl.doorlopendelijn.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request hash is over method, path and the canonical body: order of properties does not matter, content does. */
class IdempotentieHashTest {

  private final IdempotentieSleutels sleutels = new IdempotentieSleutels(null, null, Clock.systemUTC());

  record Invoer(String naam, LocalDate datum, List<String> talen) {}

  @Test
  void dezelfdeInhoudInEenAndereVolgordeGeeftDezelfdeHash() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("naam", "x");
    a.put("regios", List.of("hart-van-brabant"));
    a.put("factoren", Map.of("b", 1, "a", 2));
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("factoren", new java.util.TreeMap<>(Map.of("a", 2, "b", 1)));
    b.put("regios", List.of("hart-van-brabant"));
    b.put("naam", "x");
    assertThat(sleutels.hash("POST /api/v1/p", a)).isEqualTo(sleutels.hash("POST /api/v1/p", b));
  }

  @Test
  void elkVerschilInMethodePadOfInhoudGeeftEenAndereHash() {
    Invoer invoer = new Invoer("x", LocalDate.of(2026, 1, 1), List.of("nl", "ar"));
    String basis = sleutels.hash("POST /api/v1/p", invoer);
    assertThat(List.of(
            sleutels.hash("PUT /api/v1/p", invoer),
            sleutels.hash("POST /api/v1/q", invoer),
            sleutels.hash("POST /api/v1/p", new Invoer("y", invoer.datum(), invoer.talen())),
            sleutels.hash("POST /api/v1/p", new Invoer("x", invoer.datum().plusDays(1), invoer.talen())),
            sleutels.hash("POST /api/v1/p", new Invoer("x", invoer.datum(), List.of("ar", "nl"))),
            sleutels.hash("POST /api/v1/p", null)))
        .doesNotContain(basis).doesNotHaveDuplicates();
    assertThat(sleutels.hash("POST /api/v1/p", new Invoer("x", LocalDate.of(2026, 1, 1), List.of("nl", "ar"))))
        .isEqualTo(basis);
  }
}
