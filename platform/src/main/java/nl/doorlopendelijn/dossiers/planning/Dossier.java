package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An overdrachtsdossier as its rules see it: plain Java, no I/O. Every change is asked of the dossier, which answers
 * with a {@link Besluit}: the new state and what to record, or a {@link Weigering} with its reason. The service
 * loads the dossier, asks, and stores what was decided; it decides nothing itself.
 *
 * <table>
 *   <caption>The rules, in the order they are checked</caption>
 *   <tr><th>change</th><th>refused when (first that applies)</th><th>decided</th></tr>
 *   <tr><td>{@link #wijzig}</td><td>an old version (412); closed (409); another gemeente by anyone but the
 *     coördinator (403, {@link DossierRechten#magHermatchen}); another azc by a COA liaison (403)</td>
 *     <td>the status asked (or kept); a {@link Hermatching} from the old to the new gemeente, with history
 *     and audited as {@code dossier.hermatchen}; another vaste contactpersoon clears "vertrokken"</td></tr>
 *   <tr><td>{@link #rondAf}</td><td>not the caller's step (403, {@link DossierRechten#magAfronden}); an old
 *     version (412); closed (409); no such milestone on the dossier (404); already completed (409); a date before
 *     the koppelingsdatum (400 {@code datum}); a form for another milestone than the kennismaking
 *     (400 {@code vorm}, {@link KennismakingVorm#hoortBij})</td><td>the milestone completed on that date, with its
 *     form; a verhuizing sets the actual moving date and moves a {@code gekoppeld} / {@code in-voorbereiding}
 *     dossier to {@code verhuisd}; the last progress is today</td></tr>
 *   <tr><td>{@link #corrigeer}</td><td>not the caller's step (403, {@link DossierRechten#magCorrigeren}); an old
 *     version (412); closed (409); no such milestone on the dossier (404); not completed (409); a corrected date
 *     before the koppelingsdatum (400 {@code datum})</td><td>the milestone completed on the corrected date, or open
 *     again (undone); undoing a verhuizing that had moved the dossier to {@code verhuisd} brings back the status and
 *     actual moving date from before it; a corrected verhuizing moves the actual moving date with it. The last
 *     progress stays: a correction is no progress</td></tr>
 *   <tr><td>{@link #sluit}</td><td>not the gemeente's or the coördinator's (403,
 *     {@link DossierRechten#magSluiten}); an old version (412); already closed (409)</td><td>{@code gesloten}
 *     today: frozen from then on</td></tr>
 * </table>
 *
 * A version of {@code null} means the caller sent no If-Match: nothing to compare.
 *
 * @param gemeente the CBS code of the gemeente the dossier is matched to
 * @param azc the azc-locatie code
 * @param koppelingsdatum the day of the match
 * @param werkelijkeVerhuisdatum the actual moving date, if moved
 * @param vasteContactpersoon the vaste contactpersoon (gids id), if any
 * @param status where the dossier is
 * @param versie the stored version (its ETag)
 * @param mijlpalen the dossier's milestones and whether each is completed
 */
public record Dossier(String gemeente, String azc, LocalDate koppelingsdatum, LocalDate werkelijkeVerhuisdatum,
    UUID vasteContactpersoon, DossierStatus status, int versie, List<Mijlpaal> mijlpalen) {

  public Dossier {
    Objects.requireNonNull(status, "status");
    mijlpalen = List.copyOf(mijlpalen);
  }

  /** One milestone of the dossier. */
  public record Mijlpaal(MijlpaalType type, boolean afgerond) {}

  /** Why a change is refused; each maps to one HTTP status. */
  public enum Reden {
    /** 403: the caller sees the dossier but may not do this. */
    VERBODEN,
    /** 412: the If-Match names an older version. */
    VEROUDERD,
    /** 409: the dossier's state does not allow it (closed, already done). */
    CONFLICT,
    /** 404: what is asked for does not exist on this dossier. */
    ONBEKEND,
    /** 400: a field of the request does not fit this dossier. */
    ONGELDIG
  }

  /** A refusal: its reason, the Dutch message, and for {@link Reden#ONGELDIG} the field. */
  public record Weigering(Reden reden, String melding, String veld) {
    static Weigering van(Reden reden, String melding) {
      return new Weigering(reden, melding, null);
    }
  }

  /** The answer to a change: either what to store ({@link #uitkomst}) or a {@link #weigering}, never both. */
  public record Besluit<T>(T uitkomst, Weigering weigering) {

    public Besluit {
      if ((uitkomst == null) == (weigering == null)) {
        throw new IllegalArgumentException("een besluit is een uitkomst of een weigering");
      }
    }

    static <T> Besluit<T> toegestaan(T uitkomst) {
      return new Besluit<>(uitkomst, null);
    }

    static <T> Besluit<T> geweigerd(Reden reden, String melding) {
      return new Besluit<>(null, Weigering.van(reden, melding));
    }

    public boolean toegestaan() {
      return weigering == null;
    }
  }

  /** What a PUT asks: the gemeente and azc it names, its status ({@code null}: keep), its vaste contactpersoon. */
  public record Wijziging(String gemeente, String azc, DossierStatus status, UUID vasteContactpersoon) {}

  /** A move of the dossier to another gemeente of the region, kept in its history. */
  public record Hermatching(String van, String naar) {}

  /**
   * A decided PUT.
   *
   * @param status the new status
   * @param hermatching the re-match to record, or {@code null}
   * @param contactpersoonVertrokkenWissen whether the "vaste contactpersoon vertrokken" mark goes (another person)
   * @param actie the audit action
   */
  public record Gewijzigd(DossierStatus status, Hermatching hermatching, boolean contactpersoonVertrokkenWissen,
      String actie) {

    public Optional<Hermatching> alsHermatching() {
      return Optional.ofNullable(hermatching);
    }
  }

  /**
   * A decided completion of a milestone.
   *
   * @param type the milestone
   * @param datum the day it was done
   * @param vorm how the kennismaking took place, or null (not given, or another milestone)
   * @param status the dossier's new status
   * @param werkelijkeVerhuisdatum the dossier's actual moving date afterwards
   * @param laatsteVoortgang the day of the last progress (today)
   */
  public record Afronding(MijlpaalType type, LocalDate datum, KennismakingVorm vorm, DossierStatus status,
      LocalDate werkelijkeVerhuisdatum, LocalDate laatsteVoortgang) {}

  /**
   * A decided correction of a completed milestone.
   *
   * @param type the milestone
   * @param datum the corrected day it was done, or {@code null}: undone, open again
   * @param status the dossier's status afterwards
   * @param werkelijkeVerhuisdatum the dossier's actual moving date afterwards
   */
  public record Correctie(MijlpaalType type, LocalDate datum, DossierStatus status,
      LocalDate werkelijkeVerhuisdatum) {

    public boolean ongedaan() {
      return datum == null;
    }
  }

  /**
   * What completing a milestone changed in the dossier, kept with the milestone so that undoing it can bring it
   * back: the status and actual moving date from before (both {@code null} when not known).
   */
  public record VoorAfronding(DossierStatus status, LocalDate werkelijkeVerhuisdatum) {
    public static final VoorAfronding ONBEKEND = new VoorAfronding(null, null);
  }

  /** A decided closing: the dossier is {@code gesloten} from {@code geslotenOp}. */
  public record Sluiting(DossierStatus status, LocalDate geslotenOp) {}

  static final String GESLOTEN_BLIJFT = "Een gesloten dossier wordt niet meer gewijzigd.";

  public boolean gesloten() {
    return status == DossierStatus.GESLOTEN;
  }

  /** Whether {@code wie} may complete (or correct) milestone {@code type} now: its step, and not closed. */
  public boolean magAfronden(DossierRechten.Betrokkene wie, MijlpaalType type) {
    return !gesloten() && DossierRechten.magAfronden(wie, type);
  }

  /** A PUT of the dossier's facts by {@code wie}, against version {@code verwacht}. */
  public Besluit<Gewijzigd> wijzig(DossierRechten.Betrokkene wie, Integer verwacht, Wijziging w) {
    if (verouderd(verwacht)) {
      return Besluit.geweigerd(Reden.VEROUDERD, "De versie in If-Match is niet (meer) de huidige.");
    }
    if (gesloten()) {
      return Besluit.geweigerd(Reden.CONFLICT, GESLOTEN_BLIJFT);
    }
    boolean hermatch = !gemeente.equals(w.gemeente());
    if (hermatch && !DossierRechten.magHermatchen(wie)) {
      return Besluit.geweigerd(Reden.VERBODEN,
          "Alleen de regio-coördinator hermatcht een dossier naar een andere gemeente.");
    }
    if (!azc.equals(w.azc()) && wie.rol() == DossierRechten.Rol.COA_LIAISON) {
      return Besluit.geweigerd(Reden.VERBODEN, "Het COA wijzigt de gemeente of het azc van een dossier niet.");
    }
    return Besluit.toegestaan(new Gewijzigd(w.status() != null ? w.status() : status,
        hermatch ? new Hermatching(gemeente, w.gemeente()) : null,
        !Objects.equals(vasteContactpersoon, w.vasteContactpersoon()),
        hermatch ? "dossier.hermatchen" : "dossier.wijzigen"));
  }

  /**
   * Completing milestone {@code type} on {@code datum} (not after {@code vandaag}: checked with the input), a
   * kennismaking optionally with its {@code vorm}.
   */
  public Besluit<Afronding> rondAf(DossierRechten.Betrokkene wie, Integer verwacht, MijlpaalType type,
      LocalDate datum, KennismakingVorm vorm, LocalDate vandaag) {
    if (!DossierRechten.magAfronden(wie, type)) {
      return Besluit.geweigerd(Reden.VERBODEN, "De mijlpaal " + type.label() + " rondt u niet af: die stap is van "
          + (DossierRechten.eigenaar(type) == DossierRechten.Eigenaar.COA ? "het COA." : "de gemeente."));
    }
    if (verouderd(verwacht)) {
      return Besluit.geweigerd(Reden.VEROUDERD, "De versie in If-Match is niet (meer) de huidige.");
    }
    if (gesloten()) {
      return Besluit.geweigerd(Reden.CONFLICT, GESLOTEN_BLIJFT);
    }
    Optional<Mijlpaal> mijlpaal = mijlpalen.stream().filter(m -> m.type() == type).findFirst();
    if (mijlpaal.isEmpty()) {
      return Besluit.geweigerd(Reden.ONBEKEND, "Dit dossier heeft geen mijlpaal " + type.label() + ".");
    }
    if (mijlpaal.get().afgerond()) {
      return Besluit.geweigerd(Reden.CONFLICT, "Deze mijlpaal is al afgerond.");
    }
    if (datum.isBefore(koppelingsdatum)) {
      return new Besluit<>(null, new Weigering(Reden.ONGELDIG, "mag niet vóór de koppelingsdatum liggen", "datum"));
    }
    if (vorm != null && !KennismakingVorm.hoortBij(type)) {
      return new Besluit<>(null, new Weigering(Reden.ONGELDIG, "alleen een kennismaking heeft een vorm", "vorm"));
    }
    boolean verhuizing = type == MijlpaalType.VERHUIZING;
    return Besluit.toegestaan(new Afronding(type, datum, vorm,
        verhuizing && status.voorVerhuizing() ? DossierStatus.VERHUISD : status,
        verhuizing ? datum : werkelijkeVerhuisdatum, vandaag));
  }

  /**
   * Correcting completed milestone {@code type} by {@code wie}: to {@code datum} (not after today: checked with the
   * input), or undone when {@code datum} is {@code null}; {@code voor} is what its completion changed.
   */
  public Besluit<Correctie> corrigeer(DossierRechten.Betrokkene wie, Integer verwacht, MijlpaalType type,
      LocalDate datum, VoorAfronding voor) {
    if (!DossierRechten.magCorrigeren(wie, type)) {
      return Besluit.geweigerd(Reden.VERBODEN, "De mijlpaal " + type.label() + " corrigeert u niet: die stap is van "
          + (DossierRechten.eigenaar(type) == DossierRechten.Eigenaar.COA ? "het COA." : "de gemeente."));
    }
    if (verouderd(verwacht)) {
      return Besluit.geweigerd(Reden.VEROUDERD, "De versie in If-Match is niet (meer) de huidige.");
    }
    if (gesloten()) {
      return Besluit.geweigerd(Reden.CONFLICT, GESLOTEN_BLIJFT);
    }
    Optional<Mijlpaal> mijlpaal = mijlpalen.stream().filter(m -> m.type() == type).findFirst();
    if (mijlpaal.isEmpty()) {
      return Besluit.geweigerd(Reden.ONBEKEND, "Dit dossier heeft geen mijlpaal " + type.label() + ".");
    }
    if (!mijlpaal.get().afgerond()) {
      return Besluit.geweigerd(Reden.CONFLICT, "Deze mijlpaal is nog niet afgerond: er is niets te corrigeren.");
    }
    if (datum != null && datum.isBefore(koppelingsdatum)) {
      return new Besluit<>(null, new Weigering(Reden.ONGELDIG, "mag niet vóór de koppelingsdatum liggen", "datum"));
    }
    if (type != MijlpaalType.VERHUIZING) {
      return Besluit.toegestaan(new Correctie(type, datum, status, werkelijkeVerhuisdatum));
    }
    if (datum != null) {
      return Besluit.toegestaan(new Correctie(type, datum, status, datum));
    }
    // undone: the move did not happen (yet); what the completion changed goes back
    VoorAfronding v = voor == null ? VoorAfronding.ONBEKEND : voor;
    // only a dossier still verhuisd goes back (a status set later stays); unknown (completed before it was kept):
    // gekoppeld
    DossierStatus terug = status == DossierStatus.VERHUISD
        ? (v.status() != null && v.status() != DossierStatus.GESLOTEN ? v.status() : DossierStatus.GEKOPPELD)
        : status;
    return Besluit.toegestaan(new Correctie(type, null, terug, v.werkelijkeVerhuisdatum()));
  }

  /** Closing the dossier today ({@code vandaag}). */
  public Besluit<Sluiting> sluit(DossierRechten.Betrokkene wie, Integer verwacht, LocalDate vandaag) {
    if (!DossierRechten.magSluiten(wie)) {
      return Besluit.geweigerd(Reden.VERBODEN, "Een dossier sluit de gemeente, of de regio-coördinator.");
    }
    if (verouderd(verwacht)) {
      return Besluit.geweigerd(Reden.VEROUDERD, "De versie in If-Match is niet (meer) de huidige.");
    }
    if (gesloten()) {
      return Besluit.geweigerd(Reden.CONFLICT, "Dit dossier is al gesloten.");
    }
    return Besluit.toegestaan(new Sluiting(DossierStatus.GESLOTEN, vandaag));
  }

  private boolean verouderd(Integer verwacht) {
    return verwacht != null && verwacht != versie;
  }
}
