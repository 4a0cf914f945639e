package nl.doorlopendelijn.directory;

import static nl.doorlopendelijn.directory.Gids.contact;
import static nl.doorlopendelijn.directory.Gids.issuers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@PlatformTest
class ContactpersonenZoekenTest {

  @Autowired
  WebTestClient web;

  Gids gids;
  UUID org;

  @BeforeEach
  void setUp() {
    gids = new Gids(web);
    org = gids.partner("Zoekpartner " + Gids.uniek(), "hart-van-brabant", "noordoost-brabant");
  }

  private List<String> zoekInOrg(String query) {
    return gids.zoek("organisatie=" + org + "&" + query);
  }

  @Test
  void zoekenIsAccentEnHoofdletterOngevoelig() {
    gids.contactpersoon(contact(org, "José Martínez"));
    gids.contactpersoon(contact(org, "Zoë Çelik"));

    assertThat(zoekInOrg("q=Jose")).containsExactly("José Martínez");
    assertThat(zoekInOrg("q=JOSÉ martinez")).containsExactly("José Martínez");
    assertThat(zoekInOrg("q=zoe celik")).containsExactly("Zoë Çelik");
  }

  @Test
  void deelVanEenWoordVindtDeNaam() {
    gids.contactpersoon(contact(org, "Sjoerd de Vries"));
    gids.contactpersoon(contact(org, "Fatima Haddou"));

    assertThat(zoekInOrg("q=Sjoerd")).containsExactly("Sjoerd de Vries");
    assertThat(zoekInOrg("q=sjoe")).containsExactly("Sjoerd de Vries");
    assertThat(zoekInOrg("q=vrie")).containsExactly("Sjoerd de Vries");
    assertThat(zoekInOrg("q=sjoerd haddou")).isEmpty();
  }

  @Test
  void gilzeVindtGilzeEnRijenEnHaarContactpersonen() {
    UUID gilze = gids.gemeente("GM0784", "Gilze en Rijen");
    String naam = "Klantregisseur " + Gids.uniek();
    gids.contactpersoon(contact(gilze, naam));

    assertThat(gids.lijst("/api/v1/organisaties?q=gilze&type=gemeente", "organisaties",
        issuers.coaLiaison("AZC-GILZE"))).extracting(o -> o.get("cbsCode")).containsExactly("GM0784");
    assertThat(gids.zoek("q=gilze&organisatie=" + gilze)).contains(naam);
    assertThat(gids.zoek("q=gilze " + naam.substring(naam.indexOf(' ') + 1))).containsExactly(naam);
  }

  @Test
  void exacteNaamStaatBovenaan() {
    gids.contactpersoon(contact(org, "Amina Sara Yusuf"));
    gids.contactpersoon(contact(org, "Sara Aminou"));
    gids.contactpersoon(contact(org, "Sara Amin"));

    assertThat(zoekInOrg("q=sara amin")).containsExactly("Sara Amin", "Sara Aminou", "Amina Sara Yusuf");
    assertThat(zoekInOrg("q=Sára Amin&paginaGrootte=1")).containsExactly("Sara Amin");
  }

  @Test
  void filtersOpOrganisatieRegioGemeenteFunctieTrainingBeschikbaarheidEnTaal() {
    String token = Gids.uniek();
    gids.contactpersoon(contact(org, "Anouk " + token, "functie", "klantregisseur", "regios", List.of("hart-van-brabant"),
        "gemeenten", List.of("GM0855"), "getraindOp", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusMonths(2).toString(), "talen", List.of("nl", "ar")));
    gids.contactpersoon(contact(org, "Bram " + token, "functie", "COA-casemanager", "regios", List.of("noordoost-brabant"),
        "gemeenten", List.of("GM0828"), "beschikbaar", false, "talen", List.of("nl", "ti")));
    gids.contactpersoon(contact(org, "Chantal " + token, "functie", "Klantregisseur", "regios",
        List.of("hart-van-brabant", "noordoost-brabant"), "gemeenten", List.of("GM0855", "GM0828"),
        "getraindOp", "2024-03-01", "talen", List.of("en")));
    UUID andereOrg = gids.partner("Andere partner " + Gids.uniek(), "hart-van-brabant");
    gids.contactpersoon(contact(andereOrg, "Dirk " + token));

    assertThat(gids.zoek("q=" + token)).containsExactlyInAnyOrder("Anouk " + token, "Bram " + token, "Chantal " + token, "Dirk " + token);
    assertThat(gids.zoek("q=" + token + "&organisatie=" + andereOrg)).containsExactly("Dirk " + token);
    assertThat(zoekInOrg("regio=noordoost-brabant")).containsExactly("Bram " + token, "Chantal " + token);
    assertThat(zoekInOrg("gemeente=GM0855")).containsExactly("Anouk " + token, "Chantal " + token);
    assertThat(zoekInOrg("functie=klantregisseur")).containsExactly("Anouk " + token, "Chantal " + token);
    assertThat(zoekInOrg("functie=coa-casemanager")).containsExactly("Bram " + token);
    assertThat(zoekInOrg("getraind=true")).containsExactly("Anouk " + token, "Chantal " + token);
    assertThat(zoekInOrg("getraind=false")).containsExactly("Bram " + token);
    assertThat(zoekInOrg("beschikbaar=false")).containsExactly("Bram " + token);
    assertThat(zoekInOrg("beschikbaar=true")).containsExactly("Anouk " + token, "Chantal " + token);
    assertThat(zoekInOrg("taal=ar")).containsExactly("Anouk " + token);
    assertThat(zoekInOrg("taal=nl&regio=hart-van-brabant&getraind=true&beschikbaar=true")).containsExactly("Anouk " + token);
  }

  @Test
  void resultatenKomenInPaginasMetTotaal() {
    for (String naam : List.of("Eva", "Femke", "Gijs")) {
      gids.contactpersoon(contact(org, naam + " Paginatest"));
    }
    web.get().uri("/api/v1/contactpersonen?organisatie={org}&paginaGrootte=2", org)
        .headers(h -> h.setBearerAuth(issuers.gemeenteMedewerker(TestIssuers.NOORDOOST_BRABANT, "GM0828")))
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.contactpersonen.length()").isEqualTo(2)
        .jsonPath("$.contactpersonen[0].naam").isEqualTo("Eva Paginatest")
        .jsonPath("$.paginering.pagina").isEqualTo(1)
        .jsonPath("$.paginering.paginaGrootte").isEqualTo(2)
        .jsonPath("$.paginering.totaalAantal").isEqualTo(3)
        .jsonPath("$.paginering.totaalPaginas").isEqualTo(2);
    assertThat(zoekInOrg("paginaGrootte=2&pagina=2")).containsExactly("Gijs Paginatest");
    web.get().uri("/api/v1/contactpersonen?organisatie={org}&paginaGrootte=2&pagina=5", org)
        .headers(h -> h.setBearerAuth(issuers.coaLiaison("AZC-OVERLOON")))
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.contactpersonen.length()").isEqualTo(0)
        .jsonPath("$.paginering.totaalAantal").isEqualTo(3);
  }

  @Test
  void ongeldigeZoekparametersWordenAllemaalTegelijkGemeld() {
    web.get().uri("/api/v1/contactpersonen?pagina=0&paginaGrootte=500&taal=Arabisch&getraind=ja&gemeente=Tilburg&organisatie=x")
        .headers(h -> h.setBearerAuth(issuers.coaLiaison("AZC-OVERLOON")))
        .exchange().expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.invalidParams.length()").isEqualTo(6)
        .jsonPath("$.invalidParams[*].name").value(List.class, names -> assertThat((List<Object>) names).containsExactlyInAnyOrder(
            "query:pagina", "query:paginaGrootte", "query:taal", "query:getraind", "query:gemeente", "query:organisatie"));
  }

  @Test
  void zonderTokenGeenGids() {
    web.get().uri("/api/v1/contactpersonen").exchange().expectStatus().isUnauthorized();
    web.get().uri("/api/v1/organisaties").exchange().expectStatus().isUnauthorized();
  }
}
