package nl.doorlopendelijn.webui.pages;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.doorlopendelijn.agreements.AfspraakStatus;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.dossiers.planning.DossierStatus;
import nl.doorlopendelijn.dossiers.planning.MijlpaalStatus;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.kernel.Codes;
import nl.doorlopendelijn.kernel.Nederlands;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one place where the pages turn codes into what people read: "Tilburg" for {@code GM0855}, "azc Oisterwijk"
 * for {@code AZC-OISTERWIJK}, "Snelle start" for {@code snelle-start}, "3 december 2026" for an ISO date. Every
 * template has it as {@code namen} ({@link PaginaAdvies}): {@code ${namen.gemeente(d['gemeente'])}}. A code it does
 * not know is shown as it is, never as an empty cell.
 */
@Component
public class Namen {

  /** The azc list is national reference data that changes a few times a year: read once a minute at most. */
  private static final Duration AZC_LIJST_GELDIG = Duration.ofMinutes(1);

  private final RegionRegistry regios;
  private final Mono<Map<String, String>> azcNamen;

  Namen(RegionRegistry regios, AzcLocaties azcLocaties) {
    this.regios = regios;
    this.azcNamen = azcLocaties.all().collectMap(AzcLocatie::code, AzcLocatie::naam)
        .cache(namen -> AZC_LIJST_GELDIG, fout -> Duration.ZERO, () -> Duration.ZERO);
  }

  /** The names as they are now: the regions from the registry's memory, the azc's from the cached list. */
  public Mono<Woordenboek> nu() {
    return Mono.zip(regios.all().collectList(), azcNamen.onErrorReturn(Map.of()))
        .map(t -> new Woordenboek(t.getT1(), t.getT2()));
  }

  /** The names a page reads; every method takes a code (or an ISO value) and gives Dutch text. */
  public static final class Woordenboek {

    private final Map<String, String> gemeenten = new HashMap<>();
    private final Map<String, String> regioNamen = new HashMap<>();
    private final Map<String, String> azcs;

    Woordenboek(List<Region> regios, Map<String, String> azcs) {
      this.azcs = azcs;
      for (Region regio : regios) {
        regioNamen.put(regio.slug(), regio.naam());
        if (regio.descriptor() != null && regio.descriptor().gemeenten() != null) {
          regio.descriptor().gemeenten().forEach(g -> gemeenten.put(g.cbsCode(), g.naam()));
        }
      }
    }

    /** "Tilburg" for GM0855 (every region's gemeenten: a COA liaison sees several regions). */
    public String gemeente(String cbsCode) {
      return naamOfCode(gemeenten, cbsCode);
    }

    /** "azc Oisterwijk" for AZC-OISTERWIJK. */
    public String azc(String code) {
      return naamOfCode(azcs, code);
    }

    /** "Hart van Brabant" for hart-van-brabant. */
    public String regio(String slug) {
      return naamOfCode(regioNamen, slug);
    }

    public String scenario(String code) {
      return label(Scenario.vanCode(code), Scenario::label, code);
    }

    /** A dossier's status: "In voorbereiding". */
    public String status(String code) {
      return label(DossierStatus.vanCode(code), DossierStatus::label, code);
    }

    /** An agreement's status: "Ter ondertekening". */
    public String afspraakStatus(String code) {
      return label(AfspraakStatus.fromCode(code), AfspraakStatus::label, code);
    }

    public String signaal(String code) {
      return label(SignaalType.vanCode(code), SignaalType::label, code);
    }

    /** A milestone as in a sentence: "driegesprek na koppeling", "PIP-advies". */
    public String mijlpaal(String code) {
      return label(Codes.zoek(MijlpaalType.values(), MijlpaalType::code, code), MijlpaalType::label, code);
    }

    /** A milestone as a heading or the first word of a cell: "Driegesprek na koppeling", "PIP-advies". */
    public String mijlpaalKop(String code) {
      String naam = mijlpaal(code);
      return naam == null || naam.isEmpty() ? naam : Character.toUpperCase(naam.charAt(0)) + naam.substring(1);
    }

    /** OPEN → "Open", AFGEROND → "Afgerond"; the dossier API writes them in lower case ("open"), so either. */
    public String mijlpaalStatus(String code) {
      String naam = code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
      return label(Codes.zoek(MijlpaalStatus.values(), MijlpaalStatus::name, naam), MijlpaalStatus::label, code);
    }

    /** A region's life: actief → "Actief", gedeactiveerd → "Gedeactiveerd", verwijderd → "Verwijderd". */
    public String regioStatus(String code) {
      return code == null || code.isEmpty() ? "" : Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    /** Where a region is defined: in {@code tenants/} (as code) or onboarded through the beheer pages. */
    public String regioBron(String code) {
      if ("descriptor".equals(code)) {
        return "Vastgelegd in de configuratie (tenants/)";
      }
      return "api".equals(code) ? "Aangemeld via platformbeheer" : code == null ? "" : code;
    }

    /** How a notification reaches her by e-mail: "Direct per e-mail" for {@code direct}. */
    public String bezorging(String code) {
      return label(Bezorging.vanCode(code), Bezorging::label, code);
    }

    /** Every way of delivery, in order, for a choice on a form: code and Dutch name. */
    public List<DossierFormulieren.Optie> bezorgingen() {
      return java.util.Arrays.stream(Bezorging.values())
          .map(b -> new DossierFormulieren.Optie(b.code(), b.label())).toList();
    }

    /** Norms (an agreement's or a region's, as the API shows them) as sentences: {@link Normzinnen}. */
    public List<String> normen(Object normen) {
      return Normzinnen.normen(normen);
    }

    public String datum(Object waarde) {
      return Nederlands.datum(waarde);
    }

    public String korteDatum(Object waarde) {
      return Nederlands.korteDatum(waarde);
    }

    public String datumTijd(Object waarde) {
      return Nederlands.datumTijd(waarde);
    }

    public String getal(Number waarde) {
      return Nederlands.getal(waarde);
    }

    /** A percentage in points: 15.8 → "15,8%". */
    public String procent(Number punten) {
      return Nederlands.procent(punten);
    }

    public String jaNee(Object waarde) {
      return Nederlands.jaNee(waarde);
    }

    private static String naamOfCode(Map<String, String> namen, String code) {
      return code == null ? "" : namen.getOrDefault(code, code);
    }

    private static <T> String label(Optional<T> waarde, Function<T, String> label, String code) {
      return waarde.map(label).orElse(code == null ? "" : code);
    }
  }
}
