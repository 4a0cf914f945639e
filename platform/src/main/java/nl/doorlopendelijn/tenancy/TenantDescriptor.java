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
    @Valid AdviesDrempels adviesDrempels) {

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
