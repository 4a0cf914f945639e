package nl.doorlopendelijn.dossiers.internal;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.doorlopendelijn.dossiers.internal.DossierWeergave.SignaalWeergave;
import nl.doorlopendelijn.dossiers.internal.WerkvoorraadWeergave.Item;
import nl.doorlopendelijn.dossiers.internal.WerkvoorraadWeergave.VolgendeActie;
import nl.doorlopendelijn.dossiers.planning.DossierRechten;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.dossiers.planning.Urgentie;
import nl.doorlopendelijn.dossiers.planning.Werksoort;
import nl.doorlopendelijn.dossiers.planning.Werkvolgorde;

/**
 * The items of one dossier in a werkvoorraad, from its row ({@link DossierLijstQuery.WerkRij}) and today's date.
 * No I/O.
 *
 * <ul>
 *   <li>an open milestone due before today: {@link Werksoort#MIJLPAAL_TE_LAAT};</li>
 *   <li>an open milestone due from today to today + 7 (not the verhuizing: see the next):
 *       {@link Werksoort#MIJLPAAL_BINNENKORT};</li>
 *   <li>the expected move from today to today + 14, not yet confirmed: {@link Werksoort#VERHUIZING};</li>
 *   <li>each stored signal: {@link Werksoort#SIGNAAL}, except {@code te-laat} and {@code driegesprek-buiten-norm},
 *       which are the overdue milestones above, computed today;</li>
 *   <li>each gesprek still planned that begins before the end of this week: {@link Werksoort#GESPREK}; once it has
 *       begun it waits to be recorded ("Gesprek vastleggen", for whoever may complete its milestone), before that
 *       the dossier's gesprekken are the place to look ("Gesprek bekijken").</li>
 * </ul>
 * One item per dossier and milestone: where two name the same milestone, the one first in {@link Werkvolgorde} stays
 * (overdue before a signal before "binnenkort"). The next action is the step the caller may take
 * ({@link DossierRechten}); otherwise "Dossier openen".
 */
final class Werkitems {

  /** An open milestone of the row's JSON. */
  record OpenMijlpaal(String type, LocalDate vervaldatum) {}

  /** A gesprek of the row's JSON, still planned. */
  record GeplandGesprek(UUID id, String soort, java.time.OffsetDateTime begintOp) {}

  /** An item and where it stands. */
  record Geplaatst(Werkvolgorde.Plaats plaats, Item item) {}

  private Werkitems() {}

  static List<Geplaatst> van(String regio, DossierLijstQuery.WerkRij r, List<SignaalWeergave> signalen,
      List<OpenMijlpaal> mijlpalen, List<GeplandGesprek> gesprekken, java.time.Instant nu, LocalDate vandaag, UUID ik,
      Zicht zicht, Function<String, String> gemeenteNaam, Function<String, String> azcNaam) {
    boolean mijn = ik != null && (ik.equals(r.vasteContactpersoonId()) || ik.equals(r.casemanagerId()));
    var dossier = new WerkvoorraadWeergave.Dossier(r.id(), regio, r.dossiernummer(), r.gemeenteCode(),
        gemeenteNaam.apply(r.gemeenteCode()), r.azcCode(), azcNaam.apply(r.azcCode()), r.naam());
    DossierRechten.Betrokkene wie = zicht.betrokkene(r.gemeenteCode(), r.azcCode());
    Maker maak = new Maker(regio, r, dossier, mijn, wie, zicht.coordinator());
    // per milestone (key) the first item in the order; items without a milestone under their own key
    Map<String, Geplaatst> items = new LinkedHashMap<>();
    for (OpenMijlpaal m : mijlpalen) {
      Optional<MijlpaalType> type = mijlpaalType(m.type());
      if (type.isEmpty() || m.vervaldatum() == null) {
        continue;
      }
      if (m.vervaldatum().isBefore(vandaag)) {
        long dagen = DAYS.between(m.vervaldatum(), vandaag);
        maak.voeg(items, Werksoort.MIJLPAAL_TE_LAAT, null, type.get(), null, m.vervaldatum(),
            hoofdletter(type.get().label()) + " is " + dagen(dagen) + " te laat (vervaldatum "
                + tekst(m.vervaldatum()) + ").");
      } else if (type.get() != MijlpaalType.VERHUIZING
          && !m.vervaldatum().isAfter(vandaag.plusDays(Werkvolgorde.MIJLPAAL_BINNEN_DAGEN))) {
        long dagen = DAYS.between(vandaag, m.vervaldatum());
        maak.voeg(items, Werksoort.MIJLPAAL_BINNENKORT, null, type.get(), null, m.vervaldatum(),
            hoofdletter(type.get().label()) + " moet " + (dagen == 0 ? "vandaag" : "over " + dagen(dagen))
                + " af zijn (" + tekst(m.vervaldatum()) + ").");
      }
    }
    LocalDate verhuizing = r.verwachteVerhuisdatum();
    if (r.werkelijkeVerhuisdatum() == null && verhuizing != null && !verhuizing.isBefore(vandaag)
        && !verhuizing.isAfter(vandaag.plusDays(Werkvolgorde.VERHUIZING_BINNEN_DAGEN))) {
      long dagen = DAYS.between(vandaag, verhuizing);
      maak.voeg(items, Werksoort.VERHUIZING, null, MijlpaalType.VERHUIZING, null, verhuizing,
          "Verhuizing verwacht " + (dagen == 0 ? "vandaag" : "over " + dagen(dagen)) + " (" + tekst(verhuizing)
              + ").");
    }
    for (SignaalWeergave s : signalen) {
      Optional<SignaalType> type = SignaalType.vanCode(s.type());
      if (type.isEmpty() || type.get() == SignaalType.TE_LAAT || type.get() == SignaalType.DRIEGESPREK_BUITEN_NORM) {
        continue;
      }
      MijlpaalType mijlpaal = s.mijlpaal() == null ? null : mijlpaalType(s.mijlpaal()).orElse(null);
      LocalDate datum = type.get() == SignaalType.VERHUIZING_ZONDER_KLANTPROFIEL ? verhuizing
          : mijlpalen.stream().filter(m -> mijlpaal != null && mijlpaal.code().equals(m.type()))
              .map(OpenMijlpaal::vervaldatum).findFirst().orElse(null);
      Urgentie urgentie = urgentie(s.urgentie());
      maak.voeg(items, Werksoort.SIGNAAL, urgentie, mijlpaal, type.get(), datum, s.omschrijving());
    }
    for (GeplandGesprek g : gesprekken) {
      Optional<MijlpaalType> soort = mijlpaalType(g.soort());
      if (soort.isEmpty() || g.begintOp() == null) {
        continue;
      }
      maak.gesprek(items, g, soort.get(), nu);
    }
    return List.copyOf(items.values());
  }

  /** Builds the items of one dossier. */
  private record Maker(String regio, DossierLijstQuery.WerkRij r, WerkvoorraadWeergave.Dossier dossier, boolean mijn,
      DossierRechten.Betrokkene wie, boolean coordinator) {

    void voeg(Map<String, Geplaatst> items, Werksoort soort, Urgentie signaalUrgentie, MijlpaalType mijlpaal,
        SignaalType signaal, LocalDate datum, String omschrijving) {
      String onderwerp = signaal != null ? signaal.code() : mijlpaal.code();
      var plaats = new Werkvolgorde.Plaats(mijn, soort, signaalUrgentie, datum, regio, r.dossiernummer(), onderwerp);
      Urgentie urgentie = Werkvolgorde.urgentie(soort, signaalUrgentie);
      var item = new Item(soort.code(), soort.label(), dossier, omschrijving, datum, urgentie.name().toLowerCase(Locale.ROOT),
          urgentieNaam(urgentie), mijn, mijlpaal == null ? null : mijlpaal.code(),
          mijlpaal == null ? null : mijlpaal.label(), signaal == null ? null : signaal.code(),
          actie(mijlpaal, signaal));
      String sleutel = mijlpaal != null ? "mijlpaal:" + mijlpaal.code() : "signaal:" + signaal.code();
      Geplaatst nieuw = new Geplaatst(plaats, item);
      items.merge(sleutel, nieuw, (oud, n) -> Werkvolgorde.VOLGORDE.compare(n.plaats(), oud.plaats()) < 0 ? n : oud);
    }

    /** A planned gesprek, under its own key: a late milestone and the gesprek planned for it both show. */
    void gesprek(Map<String, Geplaatst> items, GeplandGesprek g, MijlpaalType soort, java.time.Instant nu) {
      java.time.Instant begin = g.begintOp().toInstant();
      LocalDate dag = GesprekTijd.dag(begin);
      boolean begonnen = !begin.isAfter(nu);
      String omschrijving = hoofdletter(soort.label()) + (begonnen
          ? " van " + GesprekTijd.tekst(begin) + " is nog niet vastgelegd."
          : " gepland op " + GesprekTijd.tekst(begin) + ".");
      String dossierPad = "/regio/" + regio + "/dossiers/" + r.id();
      VolgendeActie actie = begonnen && DossierRechten.magAfronden(wie, soort)
          ? new VolgendeActie("gesprek-vastleggen", "Gesprek vastleggen",
              dossierPad + "/gesprekken/" + g.id() + "/vastleggen", "GET")
          : new VolgendeActie("gesprek-bekijken", "Gesprek bekijken", dossierPad + "#gesprekken", "GET");
      var plaats = new Werkvolgorde.Plaats(mijn, Werksoort.GESPREK, null, dag, regio, r.dossiernummer(),
          soort.code());
      Urgentie urgentie = Werkvolgorde.urgentie(Werksoort.GESPREK, null);
      items.put("gesprek:" + g.id(), new Geplaatst(plaats, new Item(Werksoort.GESPREK.code(),
          Werksoort.GESPREK.label(), dossier, omschrijving, dag, urgentie.name().toLowerCase(Locale.ROOT),
          urgentieNaam(urgentie), mijn, soort.code(), soort.label(), null, actie)));
    }

    private VolgendeActie actie(MijlpaalType mijlpaal, SignaalType signaal) {
      String dossierPad = "/regio/" + regio + "/dossiers/" + r.id();
      if (signaal == SignaalType.GEEN_CONTACTPERSOON || signaal == SignaalType.CONTACTPERSOON_VERTROKKEN) {
        return DossierRechten.magVasteContactpersoonKiezen(wie)
            ? new VolgendeActie("contactpersoon-kiezen", "Contactpersoon kiezen", dossierPad + "/wijzigen", "GET")
            : openen(dossierPad);
      }
      if (signaal == SignaalType.HERPLANNEN_MISLUKT) {
        return coordinator
            ? new VolgendeActie("dossier-wijzigen", "Dossier wijzigen", dossierPad + "/wijzigen", "GET")
            : openen(dossierPad);
      }
      if (mijlpaal != null && DossierRechten.magAfronden(wie, mijlpaal)) {
        String pad = dossierPad + "/mijlpalen/" + mijlpaal.code() + "/afronden";
        return mijlpaal == MijlpaalType.VERHUIZING
            ? new VolgendeActie("verhuizing-bevestigen", "Verhuizing bevestigen", pad, "POST")
            : new VolgendeActie("mijlpaal-afronden", "Mijlpaal afronden", pad, "POST");
      }
      return openen(dossierPad);
    }

    private static VolgendeActie openen(String dossierPad) {
      return new VolgendeActie("dossier-openen", "Dossier openen", dossierPad, "GET");
    }
  }

  static String urgentieNaam(Urgentie u) {
    return switch (u) {
      case HOOG -> "Hoog";
      case MIDDEL -> "Middel";
      case LAAG -> "Laag";
    };
  }

  private static Urgentie urgentie(String code) {
    for (Urgentie u : Urgentie.values()) {
      if (u.name().equalsIgnoreCase(code)) {
        return u;
      }
    }
    return Urgentie.MIDDEL;
  }

  private static Optional<MijlpaalType> mijlpaalType(String code) {
    for (MijlpaalType t : MijlpaalType.values()) {
      if (t.code().equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static String dagen(long aantal) {
    return aantal == 1 ? "1 dag" : aantal + " dagen";
  }

  private static String hoofdletter(String tekst) {
    return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
  }

  private static String tekst(LocalDate datum) {
    return GesprekTijd.datum(datum);
  }
}
