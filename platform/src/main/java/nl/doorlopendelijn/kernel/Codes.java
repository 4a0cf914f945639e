package nl.doorlopendelijn.kernel;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way a value with a code (a scenario, a milestone, a kennismaking form, a location type...) is found by its
 * code and listed in a Dutch message. The code is what the API and the database carry.
 */
public final class Codes {

  private Codes() {}

  /** Every code of {@code waarden}, in their order. */
  public static <T> List<String> van(T[] waarden, Function<T, String> code) {
    return Arrays.stream(waarden).map(code).toList();
  }

  /** The value whose code is {@code gezocht}, if any. */
  public static <T> Optional<T> zoek(T[] waarden, Function<T, String> code, String gezocht) {
    return Arrays.stream(waarden).filter(w -> code.apply(w).equals(gezocht)).findFirst();
  }

  /** Codes as a Dutch enumeration for messages: "a, b of c". */
  public static String opsomming(Collection<String> codes) {
    List<String> lijst = List.copyOf(codes);
    if (lijst.size() <= 1) {
      return String.join("", lijst);
    }
    return String.join(", ", lijst.subList(0, lijst.size() - 1)) + " of " + lijst.get(lijst.size() - 1);
  }
}
