package nl.doorlopendelijn.demo;

import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;

/** What a new user needs to try the demo: the URLs and the demo accounts. */
final class DemoBanner {

  private DemoBanner() {}

  static void print(int port, KeycloakLauncher keycloak, TestDatabase.Settings db, DemoPostbus postbus,
      double seconds) {
    String base = "http://localhost:" + port;
    String token = keycloak.baseUrl() + "/realms/hart-van-brabant/protocol/openid-connect/token";
    System.out.printf("""

        ================================================================================
         Doorlopende Lijn demo draait (klaar in %.0f s)
        --------------------------------------------------------------------------------
         Platform          %s
         OpenAPI           %s/api/v1/openapi.json
         Health            %s/actuator/health
         Keycloak          %s   (beheer: %s / %s)
         Database          %s PostgreSQL %s:%d/%s
         E-mail (demo)     %s   (alle verstuurde mail; SMTP op localhost:%d)
         JVM               Java %s, JIT %s
        --------------------------------------------------------------------------------
         Demodata (synthetisch): contactpersonen, samenwerkingsafspraken met azc Oisterwijk
         (beide regio's) en azc Overloon (concept), 33 overdrachtsdossiers in allerlei fasen
        --------------------------------------------------------------------------------
         Demo-accounts (ALLEEN DEMO, wachtwoord voor allemaal: %s)
           realm hart-van-brabant : hvb-coordinator, tilburg-medewerker (GM0855),
                                    dongen-medewerker (GM0766), hvb-viewer
           realm noordoost-brabant: nob-coordinator, oss-medewerker (GM0828), nob-viewer
           realm coa              : coa-oisterwijk (AZC-OISTERWIJK), coa-overloon (AZC-OVERLOON)
           realm platform         : operator
        --------------------------------------------------------------------------------
         Token halen en de API proberen:
           TOKEN=$(curl -s -d grant_type=password -d client_id=doorlopende-lijn-api \\
             -d username=tilburg-medewerker -d password=%s %s | jq -r .access_token)
           curl -H "Authorization: Bearer $TOKEN" %s/api/v1/regios/hart-van-brabant
         Regio aanmelden (als operator, realm platform): POST %s/api/v1/beheer/regios
        --------------------------------------------------------------------------------
         Stoppen: Ctrl-C (stopt ook Keycloak, de mailserver en de database)
        ================================================================================
        %n""", seconds, base, base, base, keycloak.baseUrl(), keycloak.adminUsername(), keycloak.adminPassword(),
        db.source(), db.host(), db.port(), db.database(), postbus.paginaUrl(), postbus.smtpPoort(),
        Runtime.version(), JitModus.vanDezeJvm().omschrijving, DemoUsers.PASSWORD, DemoUsers.PASSWORD, token, base, base);
  }
}
