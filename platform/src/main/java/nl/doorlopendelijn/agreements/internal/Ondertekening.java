package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.agreements.AfspraakStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A party signs a version of an agreement: plain rules, no I/O. The service loads the version, asks {@link #beslis},
 * and stores what was decided.
 *
 * <table>
 *   <caption>Signing, in the order it is checked</caption>
 *   <tr><th>when</th><th>answer</th></tr>
 *   <tr><td>the version is not {@code ter-ondertekening}</td><td>409</td></tr>
 *   <tr><td>the party is not a party of this version</td><td>404</td></tr>
 *   <tr><td>the party already signed this version</td><td>409</td></tr>
 *   <tr><td>otherwise</td><td>the signature; when every other party signed already, the version becomes
 *     {@code actief} and the version in force before it (if any) {@code vervangen}</td></tr>
 * </table>
 *
 * Who may sign for which party is checked first, once the version is found: {@link #bevoegdheid}.
 *
 * <table>
 *   <caption>Who signs for a party (docs/security.md, "Wie tekent een samenwerkingsafspraak")</caption>
 *   <tr><th>caller</th><th>gemeente G (party)</th><th>azc A (party)</th></tr>
 *   <tr><td>gemeente-medewerker of G with {@code tekenbevoegd}</td><td>signs (own authority)</td><td>404</td></tr>
 *   <tr><td>gemeente-medewerker of G without it</td><td>403</td><td>404</td></tr>
 *   <tr><td>gemeente-medewerker of another gemeente</td><td>404</td><td>404</td></tr>
 *   <tr><td>regio-coördinator</td><td>signs under an open mandaat of G on this version, else 403</td>
 *     <td>403: the COA signs for itself</td></tr>
 *   <tr><td>COA liaison of A</td><td>404</td><td>signs (own authority)</td></tr>
 *   <tr><td>COA liaison of another azc, dashboard-viewer, anyone else</td><td>404</td><td>404</td></tr>
 * </table>
 * A party that is not a party of the version: 404, whoever asks. Whether {@code tekenbevoegd} counts for a
 * COA liaison: no, the COA's liaison signs for her azc as the COA's own representative; the role is a gemeente's.
 */
final class Ondertekening {

  /** Why signing is refused. */
  enum Reden { CONFLICT, ONBEKEND }

  /**
   * The decision: a refusal ({@code reden} and {@code melding}), or the signature, with whether it activates.
   *
   * @param reden why it is refused; {@code null} when the party signs
   * @param melding the Dutch message of a refusal
   * @param activeert whether this signature is the last one: the version comes into force
   */
  record Besluit(Reden reden, String melding, boolean activeert) {
    boolean toegestaan() {
      return reden == null;
    }
  }

  /** Who asks: what she sees (her organisation) and whether she holds signing authority for her gemeente. */
  record Ondertekenaar(Zicht zicht, boolean tekenbevoegd) {}

  /** The answer to "may she sign for this party", and in which capacity. */
  enum Bevoegdheid {
    /** Signs as the party's own signatory (a tekenbevoegde of the gemeente, the COA liaison of the azc). */
    EIGEN(false, null),
    /** The coördinator signs for the gemeente under its mandaat. */
    MANDAAT(false, null),
    /** The gemeente's own medewerker, without signing authority: 403. */
    NIET_TEKENBEVOEGD(true, "U bent niet tekenbevoegd voor uw gemeente. Alleen een tekenbevoegde medewerker"
        + " ondertekent voor de gemeente, of de regio-coördinator krachtens een mandaat van de gemeente."),
    /** The coördinator for a gemeente that recorded no (open) mandaat on this version: 403. */
    GEEN_MANDAAT(true, "De regio-coördinator ondertekent voor een gemeente alleen krachtens een mandaat dat de"
        + " tekenbevoegde van die gemeente op deze versie van de afspraak heeft vastgelegd; dat mandaat is er niet."),
    /** Anyone but the azc's liaison for the COA: 403 for the coördinator (who sees the party), else 404. */
    COA_TEKENT_ZELF(true, "Het COA ondertekent zelf, door de COA-medewerker van het azc; niet de regio-coördinator"
        + " en niet krachtens een mandaat."),
    /** A mandaat is the gemeente's to grant or withdraw, through its tekenbevoegde; not the coördinator's: 403. */
    ALLEEN_DE_GEMEENTE(true, "Alleen een tekenbevoegde van de gemeente zelf verleent een mandaat of trekt het in."),
    /** Not hers to see or sign: 404, revealing nothing. */
    ONBEKEND(false, null);

    private final boolean verboden;
    private final String melding;

    Bevoegdheid(boolean verboden, String melding) {
      this.verboden = verboden;
      this.melding = melding;
    }

    boolean toegestaan() {
      return this == EIGEN || this == MANDAAT;
    }

    /** 403 (with {@link #melding}) rather than 404. */
    boolean verboden() {
      return verboden;
    }

    String melding() {
      return melding;
    }
  }

  /**
   * The answer to a mandaat being granted or withdrawn for gemeente {@code gemeente}: only the gemeente's own
   * tekenbevoegde ({@link Bevoegdheid#EIGEN}); her colleague without authority {@link Bevoegdheid#NIET_TEKENBEVOEGD};
   * the coördinator {@link Bevoegdheid#ALLEEN_DE_GEMEENTE} (she cannot mandate herself); anyone else {@link Bevoegdheid#ONBEKEND}.
   */
  static Bevoegdheid magMandaatVerlenen(Ondertekenaar wie, String partijSoort, String gemeente) {
    Zicht z = wie.zicht();
    if (!AfspraakVersie.GEMEENTE.equals(partijSoort) || gemeente == null) {
      return z.soort() == Zicht.Soort.ALLES && AfspraakVersie.AZC.equals(partijSoort) ? Bevoegdheid.COA_TEKENT_ZELF
          : Bevoegdheid.ONBEKEND;
    }
    if (z.soort() == Zicht.Soort.GEMEENTE && gemeente.equals(z.code())) {
      return wie.tekenbevoegd() ? Bevoegdheid.EIGEN : Bevoegdheid.NIET_TEKENBEVOEGD;
    }
    return z.soort() == Zicht.Soort.ALLES ? Bevoegdheid.ALLEEN_DE_GEMEENTE : Bevoegdheid.ONBEKEND;
  }

  private Ondertekening() {}

  /**
   * Whether {@code wie} may sign for party {@code partij} (of kind {@code partijSoort}, {@code null} when it is not
   * a party of the version), given whether the gemeente recorded an open mandaat for the coördinator on it.
   */
  static Bevoegdheid bevoegdheid(Ondertekenaar wie, String partijSoort, String partij, boolean mandaat) {
    Zicht z = wie.zicht();
    if (partij == null || partijSoort == null) {
      return Bevoegdheid.ONBEKEND;
    }
    boolean gemeente = AfspraakVersie.GEMEENTE.equals(partijSoort);
    // if/else rather than a switch on the enum: a switch compiles to a synthetic class outside the rule's reach
    if (z.soort() == Zicht.Soort.GEMEENTE) {
      return !gemeente || !partij.equals(z.code()) ? Bevoegdheid.ONBEKEND
          : wie.tekenbevoegd() ? Bevoegdheid.EIGEN : Bevoegdheid.NIET_TEKENBEVOEGD;
    }
    if (z.soort() == Zicht.Soort.AZC) {
      return !gemeente && partij.equals(z.code()) ? Bevoegdheid.EIGEN : Bevoegdheid.ONBEKEND;
    }
    if (z.soort() == Zicht.Soort.ALLES) {
      return !gemeente ? Bevoegdheid.COA_TEKENT_ZELF : mandaat ? Bevoegdheid.MANDAAT : Bevoegdheid.GEEN_MANDAAT;
    }
    return Bevoegdheid.ONBEKEND;
  }

  /** Party {@code partij} signs version {@code v}. */
  static Besluit beslis(AfspraakVersie v, String partij) {
    if (v.status() != AfspraakStatus.TER_ONDERTEKENING) {
      return new Besluit(Reden.CONFLICT, "Alleen een samenwerkingsafspraak met status ter-ondertekening kan worden"
          + " ondertekend; deze heeft status " + v.status().code() + ".", false);
    }
    Optional<AfspraakVersie.PartijStand> stand = v.partijen().stream().filter(p -> p.code().equals(partij))
        .findFirst();
    if (stand.isEmpty()) {
      return new Besluit(Reden.ONBEKEND, null, false);
    }
    if (stand.get().ondertekend()) {
      return new Besluit(Reden.CONFLICT, "Partij " + partij + " heeft deze versie al ondertekend.", false);
    }
    boolean laatste = v.partijen().stream().filter(p -> !p.code().equals(partij))
        .allMatch(AfspraakVersie.PartijStand::ondertekend);
    return new Besluit(null, null, laatste);
  }

  /** The version that {@code nieuw} replaces when it comes into force: the one of the same agreement in force. */
  static Optional<AfspraakVersie> vervangt(AfspraakVersie nieuw, List<AfspraakVersie> versies) {
    return versies.stream()
        .filter(o -> o.afspraakId().equals(nieuw.afspraakId()) && o.status() == AfspraakStatus.ACTIEF
            && !o.id().equals(nieuw.id()))
        .findFirst();
  }

  /** The id the event names as the old version: the replaced one, or none for a first version. */
  static UUID oudeVersie(Optional<AfspraakVersie> vervangen) {
    return vervangen.map(AfspraakVersie::id).orElse(null);
  }
}
