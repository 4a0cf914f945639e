package nl.doorlopendelijn.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.doorlopendelijn.web.InvalidParam;
import org.junit.jupiter.api.Test;

/**
 * The one rule for a dossier's vaste contactpersoon and casemanager (issue 14), for both roles and every kind of
 * entry the gids can hold: the right one, unknown, left, of an ended organisation, of another gemeente or azc, of
 * another kind of organisation (gemeente, azc, COA regional office, partner), of another region.
 */
class ContactpersoonKeuzeTest {

  private static final String TILBURG = "GM0855";
  private static final String OISTERWIJK = "AZC-OISTERWIJK";

  /** One kind of entry: what it is, and the error code expected for each role (null: it can be chosen). */
  record Soort(String naam, Optional<GidsContact> contact, String codeVaste, String codeCasemanager) {}

  static GidsContact contact(String type, String code, boolean orgActief, boolean actief) {
    return new GidsContact(UUID.randomUUID(), "Test", "functie", "Organisatie", type, code, orgActief, null, null,
        false, actief);
  }

  static List<Soort> soorten() {
    List<Soort> s = new ArrayList<>();
    s.add(new Soort("onbekend", Optional.empty(), "unknown", "unknown"));
    s.add(new Soort("gemeente van het dossier", Optional.of(contact("gemeente", TILBURG, true, true)), null,
        "organisation"));
    s.add(new Soort("vertrokken, gemeente van het dossier", Optional.of(contact("gemeente", TILBURG, true, false)),
        "inactive", "inactive"));
    s.add(new Soort("beëindigde gemeente-organisatie", Optional.of(contact("gemeente", TILBURG, false, true)),
        "inactive", "organisation"));
    s.add(new Soort("andere gemeente van de regio", Optional.of(contact("gemeente", "GM0766", true, true)),
        "organisation", "organisation"));
    s.add(new Soort("gemeente van een andere regio", Optional.of(contact("gemeente", "GM0828", true, true)),
        "organisation", "organisation"));
    s.add(new Soort("azc van het dossier", Optional.of(contact("azc", OISTERWIJK, true, true)), "organisation", null));
    s.add(new Soort("vertrokken, azc van het dossier", Optional.of(contact("azc", OISTERWIJK, true, false)),
        "inactive", "inactive"));
    s.add(new Soort("beëindigde azc-organisatie", Optional.of(contact("azc", OISTERWIJK, false, true)),
        "organisation", "inactive"));
    s.add(new Soort("ander azc", Optional.of(contact("azc", "AZC-GILZE", true, true)), "organisation",
        "organisation"));
    s.add(new Soort("azc in een andere COA-regio", Optional.of(contact("azc", "AZC-TER-APEL", true, true)),
        "organisation", "organisation"));
    s.add(new Soort("COA-regiokantoor", Optional.of(contact("coa-regiokantoor", null, true, true)), "organisation",
        "organisation"));
    s.add(new Soort("partner", Optional.of(contact("partner", null, true, true)), "organisation", "organisation"));
    return s;
  }

  @Test
  void elkeSoortVermeldingVoorBeideRollen() {
    int gevallen = 0;
    for (Soort soort : soorten()) {
      for (Contactrol rol : Contactrol.values()) {
        String verwacht = rol == Contactrol.VASTE_CONTACTPERSOON ? soort.codeVaste() : soort.codeCasemanager();
        Optional<InvalidParam> bezwaar = ContactpersoonKeuze.bezwaar(rol, TILBURG, OISTERWIJK, soort.contact());
        assertThat(bezwaar.map(InvalidParam::code).orElse(null)).as(rol + ", " + soort.naam()).isEqualTo(verwacht);
        bezwaar.ifPresent(b -> assertThat(b.name()).as(rol + ", " + soort.naam()).isEqualTo(rol.veld()));
        soort.contact().ifPresent(c -> assertThat(ContactpersoonKeuze.geschikt(rol, TILBURG, OISTERWIJK, c))
            .as(rol + ", " + soort.naam()).isEqualTo(verwacht == null));
        gevallen++;
      }
    }
    // every kind can be chosen for at most one role, and each role has exactly one kind it may choose
    assertThat(soorten()).filteredOn(s -> s.codeVaste() == null).hasSize(1);
    assertThat(soorten()).filteredOn(s -> s.codeCasemanager() == null).hasSize(1);
    assertThat(gevallen).isEqualTo(soorten().size() * 2);
  }

  @Test
  void opEenWijzigingTeltAlleenEenAnderePersoonOfEenAndereGemeente() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    assertThat(ContactpersoonKeuze.teControleren(a, a, TILBURG, TILBURG)).isFalse();
    assertThat(ContactpersoonKeuze.teControleren(a, null, TILBURG, TILBURG)).isFalse();
    assertThat(ContactpersoonKeuze.teControleren(null, null, TILBURG, "GM0766")).isFalse();
    assertThat(ContactpersoonKeuze.teControleren(a, b, TILBURG, TILBURG)).isTrue();
    assertThat(ContactpersoonKeuze.teControleren(null, b, TILBURG, TILBURG)).isTrue();
    assertThat(ContactpersoonKeuze.teControleren(a, a, TILBURG, "GM0766")).isTrue();
  }
}
