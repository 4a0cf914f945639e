package nl.doorlopendelijn.notificaties.mail;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Nederlands;
import nl.doorlopendelijn.notificaties.NotificatieSoort;

/**
 * The Dutch texts of the mails, pure: the soort's label, the dossier NUMBER, the region's name and a link to the
 * dossier page ({@code <basis-url>/regio/<slug>/dossiers/<id>}); a milestone by its Dutch name. Never anything of the
 * inburgeraar: what a mail may name comes in as these parameters, and nothing else is at hand here.
 */
final class MailTeksten {

  static final String VOETTEKST = """

      Deze e-mail bevat bewust geen persoonsgegevens van de inburgeraar: alleen het dossiernummer en een link.
      Of en hoe je notificaties per e-mail krijgt (direct, één keer per dag of alleen in Doorlopende Lijn), stel je
      in Doorlopende Lijn zelf in.
      """;

  private MailTeksten() {}

  /** One item of a mail: what happened in which dossier of which region. */
  record Item(NotificatieSoort soort, String dossiernummer, String mijlpaalNaam, String regioNaam, String link) {}

  static String link(String basisUrl, String regioSlug, UUID dossierId) {
    String basis = basisUrl.endsWith("/") ? basisUrl.substring(0, basisUrl.length() - 1) : basisUrl;
    return basis + "/regio/" + regioSlug + "/dossiers/" + dossierId;
  }

  static String onderwerp(Item i) {
    return i.soort().label() + " – dossier " + i.dossiernummer();
  }

  static String tekst(String aanhef, Item i, boolean metUitnodiging) {
    StringBuilder b = new StringBuilder();
    b.append(groet(aanhef)).append("\n\n");
    b.append(i.soort().label()).append(".\n\n");
    regels(b, i);
    if (metUitnodiging) {
      b.append("\nDe uitnodiging voor het gesprek zit als bijlage bij deze e-mail (uitnodiging.ics).\n");
    }
    return b.append(VOETTEKST).toString();
  }

  static String dagoverzichtOnderwerp(LocalDate datum, int aantal) {
    return "Dagoverzicht van " + Nederlands.datum(datum) + ": " + aantal + (aantal == 1 ? " notificatie" : " notificaties");
  }

  static String dagoverzichtTekst(String aanhef, LocalDate datum, List<Item> items) {
    StringBuilder b = new StringBuilder();
    b.append(groet(aanhef)).append("\n\n");
    b.append("Je notificaties tot ").append(Nederlands.datum(datum)).append(" (").append(items.size())
        .append("):\n");
    for (Item i : items) {
      b.append("\n- ").append(i.soort().label()).append("\n");
      StringBuilder r = new StringBuilder();
      regels(r, i);
      r.toString().lines().forEach(l -> b.append("  ").append(l).append("\n"));
    }
    return b.append(VOETTEKST).toString();
  }

  private static void regels(StringBuilder b, Item i) {
    b.append("Dossier: ").append(i.dossiernummer()).append("\n");
    if (i.mijlpaalNaam() != null) {
      b.append("Mijlpaal: ").append(i.mijlpaalNaam()).append("\n");
    }
    b.append("Regio: ").append(i.regioNaam()).append("\n");
    b.append("Bekijk het dossier: ").append(i.link()).append("\n");
  }

  private static String groet(String aanhef) {
    return aanhef == null || aanhef.isBlank() ? "Beste collega," : "Beste " + aanhef + ",";
  }
}
