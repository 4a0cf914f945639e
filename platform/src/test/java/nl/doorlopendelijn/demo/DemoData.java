package nl.doorlopendelijn.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.doorlopendelijn.dossiers.planning.KennismakingVorm;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Synthetic demo data — never real people — put in through the platform's own API with the demo accounts, as users
 * would: contactpersonen, samenwerkingsafspraken (Hart van Brabant and Noordoost-Brabant with azc Oisterwijk, and
 * Noordoost-Brabant with azc Overloon) and overdrachtsdossiers in several stages, some from azc's elsewhere in the
 * country and from a gemeentelijke opvang (so regioplaatsing is a share below 100 %), most with the distance
 * estimated from the liggingen. Runs on the demo's main thread.
 */
final class DemoData {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HVB = "hart-van-brabant";
  private static final String NOB = "noordoost-brabant";

  private final String base;
  private final KeycloakLauncher keycloak;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> tokens = new HashMap<>();
  private final Random random = new Random(2026);

  private DemoData(String base, KeycloakLauncher keycloak) {
    this.base = base;
    this.keycloak = keycloak;
  }

  static void seed(String base, KeycloakLauncher keycloak) {
    DemoData demo = new DemoData(base, keycloak);
    if (demo.get(HVB, "hvb-coordinator", "/api/v1/regios/" + HVB + "/samenwerkingsafspraken")
        .path("paginering").path("totaalAantal").asInt(0) > 0) {
      return; // a database that was seeded before
    }
    demo.seedAll();
  }

  private void seedAll() {
    String azcOisterwijk = organisatie("azcCode=AZC-OISTERWIJK");
    String azcOverloon = organisatie("azcCode=AZC-OVERLOON");
    String tilburg = gemeente("GM0855", "Gemeente Tilburg", HVB);
    String dongen = gemeente("GM0766", "Gemeente Dongen", HVB);
    String oss = gemeente("GM0828", "Gemeente Oss", NOB);

    String casemanagerOisterwijk = contact(azcOisterwijk, "Fatima el Amrani", "COA-casemanager", "coa", "coa-oisterwijk",
        List.of(HVB, NOB), List.of("nl", "ar", "fr"));
    String regievoerderOisterwijk = contact(azcOisterwijk, "Joost van Dijk", "regievoerder", "coa", "coa-oisterwijk",
        List.of(HVB, NOB), List.of("nl", "en"));
    String casemanagerOverloon = contact(azcOverloon, "Mirjam Peeters", "COA-casemanager", "coa", "coa-overloon",
        List.of(NOB), List.of("nl", "en"));
    // the demo account tilburg-medewerker herself: her entry, claimed ("Dit ben ik") and confirmed by the region's
    // coördinator, so her werkvoorraad knows which dossiers are hers (issues 14 and 15)
    String klantregisseurTilburg = contact(tilburg, "Sanne de Wit", "klantregisseur", HVB, "tilburg-medewerker",
        List.of(HVB), List.of("nl", "en"));
    post(HVB, "tilburg-medewerker", "/api/v1/contactpersonen/" + klantregisseurTilburg + "/koppelingen", null);
    post(HVB, coordinator(HVB), "/api/v1/contactpersonen/" + klantregisseurTilburg + "/koppelingen/bevestigingen",
        null);
    String klantregisseurTilburg2 = contact(tilburg, "Ayşe Yılmaz", "klantregisseur", HVB, "tilburg-medewerker",
        List.of(HVB), List.of("nl", "tr"));
    String klantregisseurDongen = contact(dongen, "Lotte Janssens", "klantregisseur", HVB, "dongen-medewerker",
        List.of(HVB), List.of("nl"));
    String klantregisseurOss = contact(oss, "Bram Hendriks", "klantregisseur", NOB, "oss-medewerker",
        List.of(NOB), List.of("nl", "de"));

    // Hart van Brabant: snelle start, its driegesprek after the koppeling and (the region's default) the one before
    // the move for dossiers whose brede intake follows the move
    afspraak(HVB, "AZC-OISTERWIJK", casemanagerOisterwijk,
        Map.of("GM0855", klantregisseurTilburg, "GM0766", klantregisseurDongen),
        Map.of("GM0855", "tilburg-medewerker", "GM0766", "dongen-medewerker"), "coa-oisterwijk", true,
        "Driegesprek binnen 14 dagen na koppeling in de vestigingsgemeente. Werkbezoeken azc en gemeente elk kwartaal.",
        Map.of("scenario", "snelle-start"));
    // Noordoost-Brabant and azc Oisterwijk: a mengvorm (brede intake in the azc, the rest after the move, the intake
    // after the voorinburgering), one online driegesprek around the klantprofiel-update
    afspraak(NOB, "AZC-OISTERWIJK", regievoerderOisterwijk, Map.of("GM0828", klantregisseurOss),
        Map.of("GM0828", "oss-medewerker"), "coa-oisterwijk", true,
        "Klantprofiel in TVS twee weken voor de verhuizing bijgewerkt, online driegesprek rond dat moment.",
        Map.of("scenario", "mengvorm",
            "mengvorm", Map.of("omschrijving", "Brede intake op het azc na de voorinburgering; PIP en inburgering na"
                + " de verhuizing", "voorVerhuizing", List.of("brede-intake"), "bredeIntakeNaVoorinburgering", true),
            "normen", Map.of("driegesprekken", List.of(Map.of("anker", "voor-verhuizing", "dagen", 14)))));
    afspraak(NOB, "AZC-OVERLOON", casemanagerOverloon, Map.of("GM0828", klantregisseurOss),
        Map.of("GM0828", "oss-medewerker"), "coa-overloon", false, "Concept: afspraken met azc Overloon.",
        Map.of("scenario", "snelle-start"));

    // statushouders who wait for a house elsewhere than in an azc: a location of the national list of its own type
    post("platform", "operator", "/api/v1/azc-locaties", Map.of("code", "AZC-GO-TILBURG",
        "naam", "Gemeentelijke opvang Tilburg", "plaats", "Tilburg", "coaRegio", "Zuid",
        "type", "gemeentelijke-opvang", "gemeente", "GM0855", "breedtegraad", 51.56, "lengtegraad", 5.08));
    // about 70 % of Hart van Brabant's inburgeraars come from azc Oisterwijk (regioplaatsing), the others from
    // anywhere in the country
    for (int i = 0; i < 14; i++) {
      String azc = i % 4 == 1 ? "AZC-GILZE" : i == 3 ? "AZC-TER-APEL" : i == 10 ? "AZC-GO-TILBURG" : "AZC-OISTERWIJK";
      dossier(HVB, "GM0855", azc, i % 3 == 0 ? klantregisseurTilburg2 : klantregisseurTilburg,
          azc.equals("AZC-OISTERWIJK") && i % 2 == 0 ? casemanagerOisterwijk : null);
    }
    for (int i = 0; i < 6; i++) {
      dossier(HVB, "GM0766", i == 2 ? "AZC-BUDEL" : "AZC-OISTERWIJK", klantregisseurDongen,
          i == 2 ? null : casemanagerOisterwijk);
    }
    for (String g : List.of("GM0784", "GM0785", "GM0797", "GM0824", "GM0867")) {
      dossier(HVB, g, "AZC-OISTERWIJK", null, null);
    }
    for (int i = 0; i < 8; i++) {
      dossier(NOB, "GM0828", i % 2 == 0 ? "AZC-OISTERWIJK" : "AZC-OVERLOON", klantregisseurOss,
          i % 2 == 0 ? regievoerderOisterwijk : casemanagerOverloon);
    }
  }

  private void afspraak(String regio, String azc, String azcContact, Map<String, String> gemeenten,
      Map<String, String> ondertekenaars, String coaLiaison, boolean activeren, String afspraken,
      Map<String, Object> inhoud) {
    List<Map<String, Object>> partijen = new ArrayList<>();
    gemeenten.forEach((code, contact) -> partijen.add(Map.of("cbsCode", code, "contactpersoonId", contact)));
    String pad = "/api/v1/regios/" + regio + "/samenwerkingsafspraken";
    Map<String, Object> body = new HashMap<>(inhoud);
    body.putAll(Map.of("azc", Map.of("code", azc, "contactpersoonId", azcContact), "gemeenten", partijen,
        "geldigVanaf", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).withDayOfYear(1).toString(), "afspraken", afspraken));
    JsonNode afspraak = post(regio, coordinator(regio), pad, body);
    String id = afspraak.path("id").asString();
    post(regio, coordinator(regio), pad + "/" + id + "/ter-ondertekening", null);
    if (activeren) {
      ondertekenaars.forEach((code, user) -> post(regio, user, pad + "/" + id + "/ondertekeningen",
          Map.of("partij", code)));
      post("coa", coaLiaison, pad + "/" + id + "/ondertekeningen", Map.of("partij", azc));
    }
  }

  /**
   * Fictional people for the demo (made-up combinations of common names, each marked DEMO in its COA reference);
   * in order, without the random source, so the rest of the demo data stays as it was.
   */
  private static final String[][] PERSONEN = {
      {"Amira Selam", "Tesfaye", "tir"}, {"Yonas", "Tesfaye", "tir"}, {"Rahim", "Noorzai", "prs"},
      {"Leyla", "Abdi Warsame", "som"}, {"Omar Khaled", "Haddad", "ara"}, {"Nour", "Haddad", "ara"},
      {"Dawit", "Gebremedhin", "tir"}, {"Shirin", "Karimi", "fas"}, {"Hevin", "Çelik", "kmr"},
      {"Olena", "Kovalenko", "ukr"}, {"Samir", "Al-Masri", "ara"}, {"Farida", "Rahimi", "prs"},
      {"Mehari", "Woldu", "tir"}, {"Aziz", "Hotak", "pus"}, {"Hanna", "Bekele", "amh"},
      {"Zainab", "Yusuf Ali", "som"}, {"Karwan", "Aziz", "ckb"}, {"Maryam", "Sadeghi", "fas"},
      {"Tesfu", "Kidane", "tir"}, {"Rania", "Darwish", "ara"}, {"Bilal", "Amiri", "prs"},
      {"Saba", "Haile", "tir"}, {"Iryna", "Shevchuk", "ukr"}, {"Ahmad Jawid", "Safi", "pus"},
      {"Ayaan", "Farah", "som"}, {"Lina", "Mansour", "ara"}, {"Goitom", "Tekle", "tir"},
      {"Parisa", "Moradi", "fas"}, {"Adel", "Nasser", "ara"}, {"Mahlet", "Girma", "amh"},
      {"Khalid", "Osman", "ara"}, {"Roya", "Hashemi", "prs"}, {"Eldana", "Mesfin", "amh"}};

  private int persoon;

  private void dossier(String regio, String gemeente, String azc, String contact, String casemanager) {
    String[] p = PERSONEN[persoon % PERSONEN.length];
    int nummer = ++persoon;
    Map<String, Object> wie = new HashMap<>();
    wie.put("voornamen", p[0]);
    wie.put("achternaam", p[1]);
    wie.put("geboortedatum", LocalDate.of(1975 + (nummer * 7) % 30, 1 + nummer % 12, 1 + (nummer * 5) % 28)
        .toString());
    wie.put("taal", p[2]);
    wie.put("tolkNodig", nummer % 3 != 0);
    LocalDate koppeling = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(10 + random.nextInt(200));
    Map<String, Object> body = new HashMap<>();
    body.put("gemeente", gemeente);
    body.put("azcLocatie", azc);
    body.put("koppelingsdatum", koppeling.toString());
    body.put("persoon", wie);
    body.put("coaReferentie", String.format("DEMO-%04d", nummer));
    if (nummer <= 2) {
      body.put("huishouden", "DEMO-HH-TESFAYE"); // the first two Tilburg dossiers: one household
    } else if (nummer == 5 || nummer == 6) {
      body.put("huishouden", "DEMO-HH-HADDAD");
    }
    if (random.nextInt(4) > 0) {
      body.put("verwachteVerhuisdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(random.nextInt(120) - 20).toString());
    }
    Map<String, Object> factoren = new HashMap<>(Map.of("verwachteMaandenTotWoning", 1 + random.nextInt(8),
        "kanReizen", random.nextBoolean(), "digitaalVaardig", random.nextBoolean()));
    if (random.nextInt(3) == 0) {
      factoren.put("afstandTotAzcKm", 10 + random.nextInt(80)); // entered; otherwise estimated from the liggingen
    }
    body.put("factoren", factoren);
    if (contact != null) {
      body.put("vasteContactpersoonId", contact);
    }
    if (casemanager != null) {
      // the COA's casemanager of an azc's dossier (issue 14): about half of them have one yet
      body.put("casemanagerId", casemanager);
    }
    // the COA asked about the voorinburgering in about half of the dossiers: mostly yes
    int vraag = random.nextInt(4);
    if (vraag > 1) {
      body.put("voorinburgeringToestemming", vraag == 3 || random.nextBoolean());
    }
    JsonNode dossier = post(regio, coordinator(regio), "/api/v1/regios/" + regio + "/dossiers", body);
    String pad = "/api/v1/regios/" + regio + "/dossiers/" + dossier.path("id").asString() + "/mijlpalen/";
    if (random.nextInt(3) > 0) {
      // the seed's forms of the kennismaking (issue 13)
      KennismakingVorm vorm = KennismakingVorm.values()[random.nextInt(KennismakingVorm.values().length)];
      post(regio, coordinator(regio), pad + "kennismaking/afrondingen",
          Map.of("datum", uiterlijkVandaag(koppeling.plusDays(3 + random.nextInt(10))), "vorm", vorm.code(),
              "notitie", vorm.label()));
    }
    // the dossier's first driegesprek: after the koppeling where the agreement holds one, else before the move
    String driegesprek = dossier.path("mijlpalen").valueStream()
        .anyMatch(m -> "driegesprek".equals(m.path("type").asString())) ? "driegesprek" : "driegesprek-voor-verhuizing";
    String dossierPad = "/api/v1/regios/" + regio + "/dossiers/" + dossier.path("id").asString();
    if (random.nextBoolean()) {
      post(regio, coordinator(regio), pad + driegesprek + "/afrondingen",
          Map.of("datum", uiterlijkVandaag(koppeling.plusDays(7 + random.nextInt(20))), "notitie",
              "Driegesprek gehouden"));
    } else {
      // not held yet: planned in the coming days at the azc, with who is known of the gids (issue 15)
      java.time.ZoneId nl = java.time.ZoneId.of("Europe/Amsterdam");
      String begin = LocalDate.now(nl).plusDays(1 + random.nextInt(6)).atTime(9 + random.nextInt(7), 0).atZone(nl)
          .toOffsetDateTime().toString();
      List<String> deelnemers = java.util.stream.Stream.of(contact, casemanager)
          .filter(java.util.Objects::nonNull).toList();
      post(regio, coordinator(regio), dossierPad + "/gesprekken", Map.of("soort", driegesprek, "begintOp", begin,
          "duurMinuten", 60, "vorm", "op-het-azc", "locatie", "Spreekkamer van het azc", "deelnemers", deelnemers));
    }
    if (random.nextInt(3) == 0) {
      // the contactlog between COA and gemeente (issue 15)
      post(regio, coordinator(regio), dossierPad + "/notities", Map.of("onderwerp", "Stand van de woning",
          "tekst", "Woning nog niet bekend. De inburgeraar wil alvast kennismaken met de gemeente."));
    }
  }

  private static String uiterlijkVandaag(LocalDate datum) {
    return (datum.isAfter(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL)) ? LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL) : datum).toString();
  }

  private String gemeente(String cbsCode, String naam, String regio) {
    // the gids is read by the roles doing handover work (not the operator, who may still add an organisation)
    JsonNode found = get(regio, coordinator(regio), "/api/v1/organisaties?type=gemeente&cbsCode=" + cbsCode);
    if (found.path("organisaties").size() > 0) {
      return found.path("organisaties").get(0).path("id").asString();
    }
    return post("platform", "operator", "/api/v1/organisaties",
        Map.of("type", "gemeente", "naam", naam, "cbsCode", cbsCode)).path("id").asString();
  }

  private String organisatie(String query) {
    return get("hart-van-brabant", coordinator("hart-van-brabant"), "/api/v1/organisaties?" + query)
        .path("organisaties").get(0).path("id").asString();
  }

  private String contact(String organisatie, String naam, String functie, String realm, String user,
      List<String> regios, List<String> talen) {
    String email = naam.toLowerCase().replaceAll("[^a-z]+", ".") + "@voorbeeld.nl";
    return post(realm, user, "/api/v1/contactpersonen", Map.of("organisatieId", organisatie, "naam", naam,
        "functie", functie, "email", email, "telefoon", "013 123 45 67", "regios", regios,
        "getraindOp", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusMonths(3).toString(), "beschikbaar", true, "talen", talen))
        .path("id").asString();
  }

  private static String coordinator(String regio) {
    return HVB.equals(regio) ? "hvb-coordinator" : "nob-coordinator";
  }

  private JsonNode get(String realm, String user, String path) {
    return send(realm, user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  private JsonNode post(String realm, String user, String path, Object body) {
    return send(realm, user, HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body))));
  }

  private JsonNode send(String realm, String user, HttpRequest.Builder request) {
    String token = tokens.computeIfAbsent(realm + "/" + user,
        k -> keycloak.passwordGrant(realm, user, DemoUsers.PASSWORD));
    try {
      HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(request.build().uri() + " -> " + response.statusCode() + " " + response.body());
      }
      return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
