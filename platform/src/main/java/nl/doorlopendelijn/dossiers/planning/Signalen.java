package nl.doorlopendelijn.dossiers.planning;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.doorlopendelijn.kernel.Nederlands;

/**
 * Derives the signals of one dossier from its timeline. "Today" is always passed in.
 *
 * <table>
 *   <caption>Signals</caption>
 *   <tr><th>signal</th><th>when</th><th>urgency</th></tr>
 *   <tr><td>VERHUIZING_ZONDER_KLANTPROFIEL</td><td>not yet moved, move date within the next 14 days
 *       (today included), klantprofiel-update not done</td><td>HOOG</td></tr>
 *   <tr><td>CONTACTPERSOON_VERTROKKEN</td><td>the vaste contactpersoon left</td><td>HOOG</td></tr>
 *   <tr><td>TE_LAAT</td><td>open milestone with a due date before today, per milestone</td>
 *       <td>HOOG when more than 14 days late, else MIDDEL</td></tr>
 *   <tr><td>DRIEGESPREK_BUITEN_NORM</td><td>a driegesprek (after the koppeling, or before the move) open and
 *       past its due date, per driegesprek; once held it is no longer a signal, however late (the lateness
 *       stays in the dashboard's share within the norm)</td><td>as TE_LAAT</td></tr>
 *   <tr><td>STILVAL</td><td>waiting for a house (not moved, inburgering not started) and no activity for at
 *       least stilvalNaDagen days: {@link Stilval}, the same rule as the dashboard's figure</td><td>MIDDEL</td></tr>
 *   <tr><td>GEEN_CONTACTPERSOON</td><td>no vaste contactpersoon assigned</td><td>MIDDEL</td></tr>
 * </table>
 *
 * <p>A specific signal replaces the generic TE_LAAT for the same milestone (an overdue driegesprek,
 * the klantprofiel-update before an imminent move), so a work list does not say the same thing twice.
 */
public final class Signalen {

  static final int VENSTER_VERHUIZING_DAGEN = 14;
  static final int ERNSTIG_TE_LAAT_DAGEN = 14;


  private Signalen() {}

  public static List<Signaal> bepaal(Tijdlijn tijdlijn, LocalDate vandaag, SignaalConfig config) {
    Objects.requireNonNull(tijdlijn, "tijdlijn");
    Objects.requireNonNull(vandaag, "vandaag");
    Objects.requireNonNull(config, "config");
    List<Signaal> signalen = new ArrayList<>();
    verhuizingZonderKlantprofiel(tijdlijn, vandaag).ifPresent(signalen::add);
    driegesprekBuitenNorm(tijdlijn, vandaag).forEach(signalen::add);
    Set<MijlpaalType> alGemeld = EnumSet.noneOf(MijlpaalType.class);
    signalen.forEach(s -> alGemeld.add(s.mijlpaal()));
    tijdlijn.mijlpalen().stream()
        .filter(m -> isTeLaat(m, vandaag) && !alGemeld.contains(m.type()))
        .map(m -> teLaat(m, vandaag))
        .forEach(signalen::add);
    stilval(tijdlijn, vandaag, config).ifPresent(signalen::add);
    contactpersoon(config).ifPresent(signalen::add);
    signalen.sort(Signaal.MEEST_URGENT_EERST);
    return List.copyOf(signalen);
  }

  private static boolean isTeLaat(GeplandeMijlpaal m, LocalDate vandaag) {
    return !m.isAfgerond() && m.vervaldatum() != null && m.vervaldatum().isBefore(vandaag);
  }

  private static Signaal teLaat(GeplandeMijlpaal m, LocalDate vandaag) {
    long dagen = DAYS.between(m.vervaldatum(), vandaag);
    return new Signaal(SignaalType.TE_LAAT, urgentieTeLaat(dagen), m.type(),
        hoofdletter(m.type().label()) + " is " + dagen(dagen) + " te laat (vervaldatum "
            + tekst(m.vervaldatum()) + ").");
  }

  private static Optional<Signaal> verhuizingZonderKlantprofiel(Tijdlijn tijdlijn, LocalDate vandaag) {
    if (tijdlijn.isVerhuisd() || tijdlijn.verhuisdatum().isEmpty()) {
      return Optional.empty();
    }
    LocalDate verhuisdatum = tijdlijn.verhuisdatum().get();
    boolean binnenVenster =
        !verhuisdatum.isBefore(vandaag) && !verhuisdatum.isAfter(vandaag.plusDays(VENSTER_VERHUIZING_DAGEN));
    boolean klantprofielBijgewerkt =
        tijdlijn.mijlpaal(MijlpaalType.KLANTPROFIEL_UPDATE).map(GeplandeMijlpaal::isAfgerond).orElse(false);
    if (!binnenVenster || klantprofielBijgewerkt) {
      return Optional.empty();
    }
    return Optional.of(new Signaal(SignaalType.VERHUIZING_ZONDER_KLANTPROFIEL, Urgentie.HOOG,
        MijlpaalType.KLANTPROFIEL_UPDATE,
        "Verhuizing over " + dagen(DAYS.between(vandaag, verhuisdatum)) + " (" + tekst(verhuisdatum)
            + ") en het klantprofiel in TVS is nog niet bijgewerkt."));
  }

  private static Stream<Signaal> driegesprekBuitenNorm(Tijdlijn tijdlijn, LocalDate vandaag) {
    return tijdlijn.mijlpalen().stream()
        .filter(m -> m.type().isDriegesprek() && isTeLaat(m, vandaag))
        .map(m -> {
          long dagen = DAYS.between(m.vervaldatum(), vandaag);
          return new Signaal(SignaalType.DRIEGESPREK_BUITEN_NORM, urgentieTeLaat(dagen), m.type(),
              hoofdletter(m.type().label()) + " nog niet gehouden; de norm (" + tekst(m.vervaldatum()) + ") is "
                  + dagen(dagen) + " verstreken.");
        });
  }

  private static Optional<Signaal> stilval(Tijdlijn tijdlijn, LocalDate vandaag, SignaalConfig config) {
    Stilval.Oordeel oordeel = Stilval.beoordeel(tijdlijn, config.activiteiten(), config.stilvalNaDagen(), vandaag);
    if (!oordeel.stilOp(vandaag)) {
      return Optional.empty();
    }
    long stil = DAYS.between(oordeel.sinds(), vandaag);
    String sinds = oordeel.laatste() == null
        ? " sinds de koppeling (" + tekst(oordeel.sinds()) + ")"
        : " (laatste: " + oordeel.laatste().omschrijving() + " op " + tekst(oordeel.sinds()) + ")";
    return Optional.of(new Signaal(SignaalType.STILVAL, Urgentie.MIDDEL, null,
        "Al " + dagen(stil) + " geen activiteit" + sinds + " terwijl de inburgeraar op een woning wacht."));
  }

  private static Optional<Signaal> contactpersoon(SignaalConfig config) {
    return switch (config.contactpersoon()) {
      case AANWEZIG -> Optional.empty();
      case ONTBREEKT -> Optional.of(new Signaal(SignaalType.GEEN_CONTACTPERSOON, Urgentie.MIDDEL, null,
          "Er is geen vaste contactpersoon toegewezen."));
      case VERTROKKEN -> Optional.of(new Signaal(SignaalType.CONTACTPERSOON_VERTROKKEN, Urgentie.HOOG,
          null, "De vaste contactpersoon is vertrokken; wijs een nieuwe toe."));
    };
  }

  private static Urgentie urgentieTeLaat(long dagenTeLaat) {
    return dagenTeLaat > ERNSTIG_TE_LAAT_DAGEN ? Urgentie.HOOG : Urgentie.MIDDEL;
  }

  private static String dagen(long aantal) {
    return aantal == 1 ? "1 dag" : aantal + " dagen";
  }

  private static String hoofdletter(String tekst) {
    return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
  }

  static String tekst(LocalDate datum) {
    return Nederlands.datum(datum);
  }
}
