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
 * Who may sign for which party (a gemeente-medewerker for their gemeente, a COA liaison for their azc) is checked
 * before the version is read: {@link #magTekenenVoor}.
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

  private Ondertekening() {}

  /** A gemeente-medewerker signs for their own gemeente, a COA liaison for their own azc; nobody else signs. */
  static boolean magTekenenVoor(Zicht zicht, String partij) {
    return partij != null && partij.equals(zicht.code())
        && (zicht.soort() == Zicht.Soort.GEMEENTE || zicht.soort() == Zicht.Soort.AZC);
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
