package nl.doorlopendelijn.tenancy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A region's descriptor: {@code tenants/<slug>/tenant.yaml}, or the body of an onboarding request.
 * Field names are the users' Dutch words; see {@code docs/tenancy.md} for each field.
 */
public record TenantDescriptor(
    @NotBlank(message = "is verplicht")
    @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "moet kebab-case zijn (kleine letters, cijfers, streepjes)")
    String slug,
    @NotBlank(message = "is verplicht") String naam,
    @NotBlank(message = "is verplicht")
    @Pattern(regexp = "^(\\{keycloak\\}|https?://[^\\s]+)/realms/[a-z0-9-]+$|^https?://[^\\s]+$",
        message = "moet een issuer-URL zijn, bijvoorbeeld {keycloak}/realms/<slug>")
    String issuer,
    @NotEmpty(message = "moet minstens één gemeente bevatten") List<@Valid @NotNull(message = "mag niet leeg zijn") Gemeente> gemeenten,
    @NotEmpty(message = "moet minstens één azc-locatie bevatten")
    List<@NotNull @Pattern(regexp = "^AZC-[A-Z0-9-]+$", message = "moet een azc-code zijn zoals AZC-OISTERWIJK") String> azcLocaties,
    @Pattern(regexp = "^AZC-[A-Z0-9-]+$", message = "moet een azc-code zijn zoals AZC-OISTERWIJK") String regionaalAzc,
    @NotNull(message = "is verplicht") @Valid Normen normen,
    @Valid Dashboard dashboard,
    @Valid Privacy privacy,
    @Valid AdviesDrempels adviesDrempels,
    List<@Valid @NotNull(message = "mag niet leeg zijn") Identiteitsaanbieder> identiteitsaanbieders) {

  /** The naming rule of an identity provider's alias (also its name in Keycloak and in the broker's URLs). */
  public static final String ALIAS_PATROON = "^[a-z0-9]+(-[a-z0-9]+)*$";
  /** The prefix every {@code clientSecretVariabele} must carry: a descriptor can name no other secret of the platform. */
  public static final String GEHEIM_VOORVOEGSEL = "DOORLOPENDE_LIJN_IDP_";

  /** Without identity providers: the descriptors of before issue 17, and most regions. */
  public TenantDescriptor(String slug, String naam, String issuer, List<Gemeente> gemeenten, List<String> azcLocaties,
      String regionaalAzc, Normen normen, Dashboard dashboard, Privacy privacy, AdviesDrempels adviesDrempels) {
    this(slug, naam, issuer, gemeenten, azcLocaties, regionaalAzc, normen, dashboard, privacy, adviesDrempels, null);
  }

  /**
   * A gemeente's own OIDC identity provider that the region's realm brokers (docs/security.md, "Inloggen via de
   * eigen identiteitsaanbieder van een gemeente"). Everyone who logs in through it belongs to {@code gemeente} and is
   * at most a gemeente-medewerker, whatever its tokens claim.
   *
   * @param alias the provider's name in Keycloak (kebab-case, unique in the region)
   * @param naam the text of its button on the login page
   * @param gemeente CBS code of the one gemeente of the region it is bound to
   * @param issuer the provider's OIDC issuer; {@code <issuer>/.well-known/openid-configuration} is its discovery
   *     document
   * @param clientId the client the region's realm uses at the provider
   * @param clientSecretVariabele the name of the environment variable (or property) that holds the client's secret;
   *     the secret itself is never in the descriptor
   */
  @Schema(name = "DescriptorIdentiteitsaanbieder")
  public record Identiteitsaanbieder(
      @NotBlank(message = "is verplicht")
      @Pattern(regexp = ALIAS_PATROON, message = "moet kebab-case zijn (kleine letters, cijfers, streepjes)") String alias,
      @NotBlank(message = "is verplicht") String naam,
      @NotBlank(message = "is verplicht")
      @Pattern(regexp = "^GM[0-9]{4}$", message = "moet een CBS-code zijn zoals GM0855") String gemeente,
      @NotBlank(message = "is verplicht")
      @Pattern(regexp = "^https?://[^\\s/]+(/[^\\s]*)?[^\\s/]$",
          message = "moet de issuer-URL van de identiteitsaanbieder zijn (zonder / aan het eind)") String issuer,
      @NotBlank(message = "is verplicht") String clientId,
      @NotBlank(message = "is verplicht")
      @Pattern(regexp = "^" + GEHEIM_VOORVOEGSEL + "[A-Z0-9_]+$",
          message = "moet de naam van een omgevingsvariabele zijn die begint met " + GEHEIM_VOORVOEGSEL
              + " (het geheim zelf staat nooit in de beschrijving)") String clientSecretVariabele) {}

  /** The region's identity providers; none when the descriptor names none. */
  public List<Identiteitsaanbieder> aanbieders() {
    return identiteitsaanbieders == null ? List.of() : identiteitsaanbieders;
  }

  @Schema(name = "DescriptorGemeente")
  public record Gemeente(
      @NotBlank(message = "is verplicht")
      @Pattern(regexp = "^GM[0-9]{4}$", message = "moet een CBS-code zijn zoals GM0855") String cbsCode,
      @NotBlank(message = "is verplicht") String naam) {}

  @Schema(name = "DescriptorNormen")
  public record Normen(
      @NotNull(message = "is verplicht") @Min(value = 0, message = "moet 0 of meer zijn") @Max(value = 365, message = "moet hoogstens 365 zijn") Integer dagenTotKennismaking,
      @NotNull(message = "is verplicht") @Valid Driegesprek driegesprek,
      @NotNull(message = "is verplicht") @Min(value = 0, message = "moet 0 of meer zijn") @Max(value = 365, message = "moet hoogstens 365 zijn") Integer klantprofielUpdateDagenVoorVerhuizing,
      @Min(value = 0, message = "moet 0 of meer zijn") @Max(value = 120, message = "moet hoogstens 120 zijn") Integer rustperiodeRondVerhuizingDagen,
      @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 730, message = "moet hoogstens 730 zijn") Integer stilvalNaDagen) {

    /**
     * The region's driegesprek after the koppeling, in days, when its descriptor anchors it there (Hart van
     * Brabant); {@code null} when it holds its driegesprek before the move instead.
     */
    public Integer driegesprekNaKoppelingDagen() {
      return driegesprek != null && "na-koppeling".equals(driegesprek.anker()) ? driegesprek.dagen() : null;
    }

    /**
     * The driegesprek before the move, in days: the descriptor's own when it anchors it there; otherwise around
     * the klantprofiel-update, as the seed puts it for start na verhuizing ("Zorg rond dat moment ook voor een
     * (online) 3-gesprek").
     */
    public Integer driegesprekVoorVerhuizingDagen() {
      return driegesprek != null && "voor-verhuizing".equals(driegesprek.anker()) ? driegesprek.dagen()
          : klantprofielUpdateDagenVoorVerhuizing;
    }
  }

  @Schema(name = "DescriptorDriegesprek")
  public record Driegesprek(
      @NotBlank(message = "is verplicht")
      @Pattern(regexp = "^(na-koppeling|voor-verhuizing)$", message = "moet na-koppeling of voor-verhuizing zijn") String anker,
      @NotNull(message = "is verplicht") @Min(value = 0, message = "moet 0 of meer zijn") @Max(value = 365, message = "moet hoogstens 365 zijn") Integer dagen) {}

  @Schema(name = "DescriptorDashboard")
  public record Dashboard(
      @Min(value = 2, message = "moet minstens 2 zijn") @Max(value = 100, message = "moet hoogstens 100 zijn") Integer drempelKleineAantallen) {}

  public record Privacy(
      Boolean vNummerVastleggen,
      @Min(value = 1, message = "moet minstens 1 zijn") Integer bewaartermijnGeslotenDossiersDagen) {}

  @Schema(name = "DescriptorAdviesDrempels")
  public record AdviesDrempels(
      @Min(value = 0, message = "moet 0 of meer zijn") Integer woningBinnenMaanden,
      @Min(value = 0, message = "moet 0 of meer zijn") Integer maxAfstandKm,
      @Min(value = 0, message = "moet 0 of meer zijn") Integer langWachtenMaanden) {}

  /** The small-count threshold of the region's dashboards (default 5). */
  public int drempelKleineAantallen() {
    return dashboard == null || dashboard.drempelKleineAantallen() == null ? 5 : dashboard.drempelKleineAantallen();
  }
}
