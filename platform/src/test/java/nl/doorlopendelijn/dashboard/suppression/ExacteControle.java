package nl.doorlopendelijn.dashboard.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** The test of the guarantee, for any stelsel: exact ranges (min and max by ILP), not only the audit's own yes. */
public final class ExacteControle {

  private ExacteControle() {}

  /** The guarantee itself, checked with the exact range of every suppressed count below the threshold. */
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
    Audit.Uitkomst uitkomst = new Audit(s, besluit, drempel).controleer(() -> false);
    assertThat(uitkomst.volledig()).as("de audit kwam tot een antwoord").isTrue();
    assertThat(uitkomst.mislukt().stream().map(i -> s.aantal(i).naam() + "=" + s.aantal(i).waarde()))
        .as("onderdrukte kleine aantallen die te beperken zijn").isEmpty();
  }

  public static void elkeOnderdrukteKleineTelling(Stelsel s, Besluit besluit, int drempel) {
    Audit audit = new Audit(s, besluit, drempel);
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
