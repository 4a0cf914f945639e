package nl.doorlopendelijn.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of the inburgering that a scenario (or a mengvorm) places before or after the move, in the one order
 * they can happen: brede intake, PIP-advies, PIP vastgesteld, start inburgering. For every module: an agreement and a
 * dossier state a mengvorm in these codes (the milestone codes of the same name), the planner plans by them.
 *
 * <p>The chain rule ({@link #isBeginVanDeKeten}): only a leading part of the chain comes before the move. The seed
 * ("Aan de slag met de warme overdracht") names three such splits — snelle start (all four before), gecombineerde
 * aanpak ("de brede intake en het PIP-advies plaats vóór iemand verhuist"), start na verhuizing (none) — and every
 * split between them is a mengvorm ("In de praktijk zijn mengvormen mogelijk"). A step cannot precede the one it
 * builds on: no PIP-advies without the brede intake, no start before the PIP is vastgesteld. The voorinburgering is
 * no step of this chain: it is offered in the azc whatever the split, and a mengvorm only says whether the brede
 * intake waits for it.
 */
public enum Inburgeringsstap {
  BREDE_INTAKE("brede-intake"),
  PIP_ADVIES("pip-advies"),
  PIP_VASTGESTELD("pip-vastgesteld"),
  START_INBURGERING("start-inburgering");

  /** Every code, in the order of the chain. */
  public static final List<String> CODES = Codes.van(values(), Inburgeringsstap::code);

  private final String code;

  Inburgeringsstap(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Inburgeringsstap> vanCode(String code) {
    return Codes.zoek(values(), Inburgeringsstap::code, code);
  }

  /** Whether these steps are the chain's first {@code n} (none, the brede intake, …, all four): no gap. */
  public static boolean isBeginVanDeKeten(Collection<Inburgeringsstap> voorVerhuizing) {
    Set<Inburgeringsstap> stappen = voorVerhuizing.isEmpty() ? Set.of() : EnumSet.copyOf(voorVerhuizing);
    return stappen.equals(Set.copyOf(List.of(values()).subList(0, stappen.size())));
  }

  /**
   * What is wrong with a mengvorm as sent (step codes before the move, and whether the brede intake waits for the
   * voorinburgering), every objection at once: a field relative to the mengvorm ({@code voorVerhuizing[1]},
   * {@code voorVerhuizing}, {@code bredeIntakeNaVoorinburgering}), a stable code and a Dutch reason. Empty: valid.
   */
  public static List<Bezwaar> bezwaren(List<String> voorVerhuizing, boolean bredeIntakeNaVoorinburgering) {
    List<Bezwaar> bezwaren = new ArrayList<>();
    if (voorVerhuizing == null) {
      bezwaren.add(new Bezwaar("voorVerhuizing", "required",
          "is verplicht: de stappen vóór de verhuizing (leeg: alles erna)"));
      return bezwaren;
    }
    Set<Inburgeringsstap> stappen = EnumSet.noneOf(Inburgeringsstap.class);
    for (int i = 0; i < voorVerhuizing.size(); i++) {
      String code = voorVerhuizing.get(i);
      Optional<Inburgeringsstap> stap = code == null ? Optional.empty() : vanCode(code);
      if (stap.isEmpty()) {
        bezwaren.add(new Bezwaar("voorVerhuizing[" + i + "]", "enum", "moet " + opsomming() + " zijn"));
      } else if (!stappen.add(stap.get())) {
        bezwaren.add(new Bezwaar("voorVerhuizing[" + i + "]", "duplicate", "komt dubbel voor: " + code));
      }
    }
    if (bezwaren.isEmpty() && !isBeginVanDeKeten(stappen)) {
      bezwaren.add(new Bezwaar("voorVerhuizing", "sequence", "moet een begin van de keten " + String.join(" → ",
          CODES) + " zijn, zonder gaten: een stap vóór de verhuizing vraagt ook de stappen ervoor"));
    }
    if (bredeIntakeNaVoorinburgering && !stappen.contains(BREDE_INTAKE)) {
      bezwaren.add(new Bezwaar("bredeIntakeNaVoorinburgering", "conflict",
          "kan alleen als de brede intake vóór de verhuizing valt"));
    }
    return bezwaren;
  }

  /** One objection to a mengvorm: the field (relative to the mengvorm), a stable code, a Dutch reason. */
  public record Bezwaar(String veld, String code, String reden) {}

  /** The codes as a Dutch enumeration for messages: "brede-intake, pip-advies, pip-vastgesteld of start-inburgering". */
  public static String opsomming() {
    return Codes.opsomming(CODES);
  }
}
