package nl.doorlopendelijn.dashboard.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The test of the guarantee, for any stelsel: exact ranges (min and max by ILP), not only the audit's own yes. */
public final class ExacteControle {

  /**
   * The limit per integer programme in tests: far beyond the longest solve measured (about 1 s on an idle 2-core
   * machine, JIT cold), so that what a test asserts about the rule or the audit does not depend on how busy the
   * machine is. Production's limit ({@link Audit#STANDAARD_OPLOSTIJD}) cuts a solve off and falls back to
   * suppressing everything, which a test then cannot tell from a decision.
   */
  public static final Duration OPLOSTIJD = Duration.ofMinutes(1);

  private ExacteControle() {}

  /** The rule as production has it, with the test's limit per solve. */
  public static Onderdrukking regel(int drempel) {
    return Onderdrukking.metDrempel(drempel).metOplostijd(OPLOSTIJD);
  }

  public static Audit audit(Stelsel s, Besluit besluit, int drempel) {
    return audit(s, besluit, drempel, 0);
  }

  public static Audit audit(Stelsel s, Besluit besluit, int drempel, long ondergrens) {
    return new Audit(s, besluit, drempel, ondergrens, OPLOSTIJD);
  }

  /**
   * For whole views (hundreds of counts): the audit's own exact yes/no per suppressed count below t (can it be 0,
   * can it be t − 1), and no small count shown.
   */
  public static void doorstaatDeAudit(Stelsel s, Besluit besluit, int drempel) {
    for (int i = 0; i < s.grootte(); i++) {
      Stelsel.Aantal a = s.aantal(i);
      if (a.getoond() && !besluit.onderdrukt(i) && !a.structureel()) {
        assertThat(a.waarde()).as("%s staat er en is klein", a.naam()).isGreaterThanOrEqualTo(drempel);
      }
    }
    Audit.Uitkomst uitkomst = audit(s, besluit, drempel).controleer(() -> false);
    assertThat(uitkomst.volledig()).as("de audit kwam tot een antwoord").isTrue();
    assertThat(uitkomst.mislukt().stream().map(i -> s.aantal(i).naam() + "=" + s.aantal(i).waarde()))
        .as("onderdrukte kleine aantallen die te beperken zijn").isEmpty();
  }

  /** The guarantee itself, checked with the exact range of every suppressed count below the threshold. */
  public static void elkeOnderdrukteKleineTelling(Stelsel s, Besluit besluit, int drempel) {
    Audit audit = audit(s, besluit, drempel);
    List<Audit.Bereik> fout = new ArrayList<>();
    for (int i = 0; i < s.grootte(); i++) {
      Stelsel.Aantal a = s.aantal(i);
      if (a.getoond() && besluit.onderdrukt(i) && a.waarde() < drempel) {
        Audit.Bereik bereik = audit.bereik(i);
        if (bereik.min() > 0 || bereik.max() < drempel - 1) {
          fout.add(bereik);
        }
      }
      if (a.getoond() && !besluit.onderdrukt(i) && !a.structureel()) {
        assertThat(a.waarde()).as("%s staat er en is klein", a.naam()).isGreaterThanOrEqualTo(drempel);
      }
    }
    assertThat(fout).as("onderdrukte kleine aantallen die te beperken zijn").isEmpty();
    assertThat(audit.controleer(() -> false).geslaagd()).isTrue();
  }
}
