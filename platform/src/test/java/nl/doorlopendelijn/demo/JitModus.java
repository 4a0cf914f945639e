package nl.doorlopendelijn.demo;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Which JIT compilers a JVM runs with, read from its arguments. {@code -XX:TieredStopAtLevel=1} (what the Spring Boot
 * plugin's "optimized launch" adds) stops at C1; benchmark figures from such a JVM are not production figures.
 */
enum JitModus {
  C1_EN_C2("C1 + C2 (zoals in productie)"),
  ALLEEN_C1("ALLEEN C1 (-XX:TieredStopAtLevel=1): geen productie-JVM, meet hier niets mee"),
  ALLEEN_INTERPRETER("geen JIT (-Xint)");

  final String omschrijving;

  JitModus(String omschrijving) {
    this.omschrijving = omschrijving;
  }

  static JitModus vanDezeJvm() {
    return van(ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  static JitModus van(List<String> jvmArgumenten) {
    JitModus modus = C1_EN_C2;
    for (String argument : jvmArgumenten) {
      if (argument.equals("-Xint")) {
        return ALLEEN_INTERPRETER;
      }
      if (argument.startsWith("-XX:TieredStopAtLevel=")) {
        int niveau = Integer.parseInt(argument.substring("-XX:TieredStopAtLevel=".length()).trim());
        modus = niveau >= 4 ? C1_EN_C2 : niveau == 0 ? ALLEEN_INTERPRETER : ALLEEN_C1;
      }
      if (argument.equals("-XX:-TieredCompilation")) {
        modus = C1_EN_C2; // C2 only after the interpreter: still the optimising compiler
      }
    }
    return modus;
  }
}
