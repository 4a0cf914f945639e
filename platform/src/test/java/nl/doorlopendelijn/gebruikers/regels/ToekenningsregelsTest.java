package nl.doorlopendelijn.gebruikers.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.doorlopendelijn.gebruikers.regels.Toekenningsregels.Beoordeling;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every realm kind × every role × granted or refused, against a table written here by hand (docs/security.md:
 * "A realm can only grant its own kind of role"); and every gemeente of Hart van Brabant plus one of another region
 * against every set of roles.
 */
class ToekenningsregelsTest {

  /** Hart van Brabant's gemeenten (tenants/hart-van-brabant/tenant.yaml). */
  static final Set<String> HART_VAN_BRABANT = Set.of("GM0766", "GM0784", "GM0785", "GM0797", "GM0798", "GM0809",
      "GM0824", "GM0855", "GM0867");
  /** Oss, of Noordoost-Brabant. */
  static final String ANDERE_REGIO = "GM0828";

  /** By hand: what the coördinator may grant in each realm kind. Every pair not named here is refused. */
  static final Map<CallerKind, Set<Role>> TOEGEKEND = Map.of(
      CallerKind.REGIO, EnumSet.of(Role.REGIO_COORDINATOR, Role.GEMEENTE_MEDEWERKER, Role.TEKENBEVOEGD,
          Role.DASHBOARD_VIEWER),
      CallerKind.COA, EnumSet.noneOf(Role.class),
      CallerKind.PLATFORM, EnumSet.noneOf(Role.class));

  /** By hand: what each realm kind may hold at all. */
  static final Map<CallerKind, Set<Role>> REALM_HOUDT = Map.of(
      CallerKind.REGIO, EnumSet.of(Role.REGIO_COORDINATOR, Role.GEMEENTE_MEDEWERKER, Role.TEKENBEVOEGD,
          Role.DASHBOARD_VIEWER),
      CallerKind.COA, EnumSet.of(Role.COA_LIAISON),
      CallerKind.PLATFORM, EnumSet.of(Role.PLATFORM_OPERATOR));

  static Stream<Arguments> elkeRealmsoortElkeRol() {
    List<Arguments> gevallen = new ArrayList<>();
    for (CallerKind realm : CallerKind.values()) {
      for (Role rol : Role.values()) {
        gevallen.add(Arguments.of(realm, rol, TOEGEKEND.get(realm).contains(rol)));
      }
    }
    return gevallen.stream();
  }

  @ParameterizedTest(name = "{0} × {1}: toegekend {2}")
  @MethodSource("elkeRealmsoortElkeRol")
  void deCoordinatorKentAlleenRollenVanHaarEigenRegiorealmToe(CallerKind realm, Role rol, boolean toegekend) {
    assertThat(Toekenningsregels.magToekennen(realm, rol)).isEqualTo(toegekend);
    assertThat(Toekenningsregels.rollenVanRealm(realm).contains(rol)).isEqualTo(REALM_HOUDT.get(realm).contains(rol));
    // the verdict on that one role, with the gemeente it needs where it needs one
    String gemeente = rol == Role.GEMEENTE_MEDEWERKER ? "GM0855" : null;
    Set<Role> rollen = rol == Role.TEKENBEVOEGD ? EnumSet.of(rol, Role.GEMEENTE_MEDEWERKER) : EnumSet.of(rol);
    if (rol == Role.TEKENBEVOEGD) {
      gemeente = "GM0855";
    }
    Beoordeling b = Toekenningsregels.beoordeel(realm, rollen, gemeente, HART_VAN_BRABANT);
    assertThat(b.toegestaan()).isEqualTo(toegekend);
    assertThat(b.geweigerd().contains(rol)).isEqualTo(!toegekend);
  }

  @Test
  void eenGeweigerdeRolWeigertHetGeheelEnNoemtAlleenDieRol() {
    Beoordeling b = Toekenningsregels.beoordeel(CallerKind.REGIO,
        EnumSet.of(Role.GEMEENTE_MEDEWERKER, Role.COA_LIAISON, Role.PLATFORM_OPERATOR), "GM0766", HART_VAN_BRABANT);
    assertThat(b.toegestaan()).isFalse();
    assertThat(b.geweigerd()).containsExactlyInAnyOrder(Role.COA_LIAISON, Role.PLATFORM_OPERATOR);
  }

  /** Every role set of a region realm (the 16 subsets of its four roles). */
  static List<Set<Role>> rolverzamelingen() {
    List<Role> rollen = List.of(Role.REGIO_COORDINATOR, Role.GEMEENTE_MEDEWERKER, Role.TEKENBEVOEGD,
        Role.DASHBOARD_VIEWER);
    List<Set<Role>> sets = new ArrayList<>();
    for (int mask = 0; mask < 1 << rollen.size(); mask++) {
      Set<Role> s = EnumSet.noneOf(Role.class);
      for (int i = 0; i < rollen.size(); i++) {
        if ((mask & 1 << i) != 0) {
          s.add(rollen.get(i));
        }
      }
      sets.add(s);
    }
    return sets;
  }

  static Stream<Arguments> elkeGemeenteElkeRolverzameling() {
    List<String> gemeenten = new ArrayList<>(HART_VAN_BRABANT.stream().sorted().toList());
    gemeenten.add(ANDERE_REGIO);
    gemeenten.add(null);
    List<Arguments> gevallen = new ArrayList<>();
    for (String gemeente : gemeenten) {
      for (Set<Role> rollen : rolverzamelingen()) {
        gevallen.add(Arguments.of(gemeente, rollen));
      }
    }
    return gevallen.stream();
  }

  @ParameterizedTest(name = "gemeente {0}, rollen {1}")
  @MethodSource("elkeGemeenteElkeRolverzameling")
  void eenGemeenteHoortBijEenMedewerkerEnIsEenVanDeRegio(String gemeente, Set<Role> rollen) {
    Beoordeling b = Toekenningsregels.beoordeel(CallerKind.REGIO, rollen, gemeente, HART_VAN_BRABANT);
    boolean medewerker = rollen.contains(Role.GEMEENTE_MEDEWERKER);
    List<String> verwacht = new ArrayList<>();
    if (rollen.isEmpty()) {
      verwacht.add("rollen:required");
    }
    if (rollen.contains(Role.TEKENBEVOEGD) && !medewerker) {
      verwacht.add("rollen:tekenbevoegd-zonder-gemeente");
    }
    if (gemeente == null && medewerker) {
      verwacht.add("gemeente:required");
    }
    if (ANDERE_REGIO.equals(gemeente)) {
      verwacht.add("gemeente:unknown");
    }
    if (gemeente != null && HART_VAN_BRABANT.contains(gemeente) && !medewerker) {
      verwacht.add("gemeente:niet-bij-rol");
    }
    assertThat(b.geweigerd()).isEmpty();
    assertThat(b.fouten()).extracting(f -> f.veld() + ":" + f.code()).containsExactlyElementsOf(verwacht);
    assertThat(b.toegestaan()).isEqualTo(verwacht.isEmpty());
  }

  @Test
  void eenMedewerkerVanElkeGemeenteVanDeRegioMagEnVanEenAndereRegioNiet() {
    for (String gemeente : HART_VAN_BRABANT) {
      assertThat(Toekenningsregels.beoordeel(CallerKind.REGIO, EnumSet.of(Role.GEMEENTE_MEDEWERKER), gemeente,
          HART_VAN_BRABANT).toegestaan()).as(gemeente).isTrue();
    }
    assertThat(Toekenningsregels.beoordeel(CallerKind.REGIO, EnumSet.of(Role.GEMEENTE_MEDEWERKER), ANDERE_REGIO,
        HART_VAN_BRABANT).fouten()).extracting(Toekenningsregels.Fout::veld).containsExactly("gemeente");
  }
}
