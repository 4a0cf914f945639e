package nl.doorlopendelijn.directory.internal;

import java.util.Set;
import nl.doorlopendelijn.directory.Organisatie;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;

/**
 * Who may read the directory, and who may change an organisation and its contacts. Plain rules, no I/O.
 * Reading (list, search, one, vCard; contacts and organisations): the roles that do handover work, regio-coördinator,
 * gemeente-medewerker and COA liaison; not a dashboard-viewer, not a platform-operator. A change belongs to the
 * people who answer for that organisation:
 * <ul>
 *   <li>gemeente: regio-coördinators of a region whose descriptor lists the gemeente, and its own medewerkers;</li>
 *   <li>azc: COA liaisons of that azc;</li>
 *   <li>COA regional office: COA liaisons of an azc in that COA region;</li>
 *   <li>partner: regio-coördinators of the regions the partner serves;</li>
 *   <li>platform operators: everything. Dashboard viewers: nothing.</li>
 * </ul>
 */
final class Bewerkrechten {

  /**
   * The caller and what its token does not say itself.
   *
   * @param gemeentenVanRegio CBS codes of the gemeenten of the caller's region (region callers), else empty
   * @param coaRegioVanAzc the COA region of the caller's azc (COA liaisons), else {@code null}
   */
  public record Bewerker(Caller caller, Set<String> gemeentenVanRegio, String coaRegioVanAzc) {}

  private Bewerkrechten() {}

  /** Reading the gids: the roles that do handover work. */
  public static boolean magLezen(Caller c) {
    return c.kind() == CallerKind.REGIO && (c.has(Role.REGIO_COORDINATOR) || c.has(Role.GEMEENTE_MEDEWERKER))
        || c.kind() == CallerKind.COA && c.has(Role.COA_LIAISON);
  }

  /**
   * Claiming an entry as one's own ("dit ben ik"): someone who reads the gids and answers for the entry's
   * organisation ({@link #magWijzigen}: a gemeente-medewerker her gemeente's entries, a COA liaison her azc's and
   * COA region's, a regio-coördinator the gemeenten and partners of her region). Never a platform-operator.
   */
  public static boolean magClaimen(Bewerker bewerker, Organisatie organisatie) {
    return magLezen(bewerker.caller()) && magWijzigen(bewerker, organisatie);
  }

  /**
   * Confirming or rejecting a claim: an editor of the entry's organisation ({@link #magWijzigen}), never the one who
   * claimed it (same issuer and subject).
   */
  public static boolean magBevestigen(Bewerker bewerker, Organisatie organisatie, String issuer, String subject) {
    Caller c = bewerker.caller();
    return magWijzigen(bewerker, organisatie) && !(c.issuer().equals(issuer) && c.subject().equals(subject));
  }

  public static boolean magWijzigen(Bewerker bewerker, Organisatie organisatie) {
    Caller c = bewerker.caller();
    if (c.kind() == CallerKind.PLATFORM && c.has(Role.PLATFORM_OPERATOR)) {
      return true;
    }
    return switch (organisatie.type()) {
      case GEMEENTE -> c.kind() == CallerKind.REGIO
          && (c.has(Role.REGIO_COORDINATOR) && bewerker.gemeentenVanRegio().contains(organisatie.cbsCode())
              || c.has(Role.GEMEENTE_MEDEWERKER) && organisatie.cbsCode().equals(c.gemeenteCode()));
      case AZC -> c.kind() == CallerKind.COA && c.has(Role.COA_LIAISON)
          && organisatie.azcCode().equals(c.azcCode());
      case COA_REGIOKANTOOR -> c.kind() == CallerKind.COA && c.has(Role.COA_LIAISON)
          && organisatie.coaRegio().equals(bewerker.coaRegioVanAzc());
      case PARTNER -> c.kind() == CallerKind.REGIO && c.has(Role.REGIO_COORDINATOR)
          && organisatie.regios().contains(c.regionSlug());
    };
  }
}
