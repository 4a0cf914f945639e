package nl.doorlopendelijn.dossiers.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * A gesprek as an iCalendar invitation (RFC 5545/5546), written by biweekly (escaping, folding). One stable UID per
 * gesprek, its SEQUENCE from {@code volgnummer} (up with every change sent out: moved, changed, cancelled),
 * METHOD:REQUEST while it stands and CANCEL once cancelled, times in Europe/Amsterdam with the zone's own
 * VTIMEZONE, the dossier NUMBER, the place (or link), the gids participants with their work e-mail, and a link to
 * the dossier page. Never the inburgeraar's name or V-nummer: it only says whether the inburgeraar takes part, and
 * the summary and description are built from codes, the dossier number and professionals' names only.
 */
final class Uitnodigingen {

  static final String PRODUCT = "-//Doorlopende Lijn//Gesprekken//NL";
  static final String UID_DOMEIN = "@doorlopendelijn.nl";

  private Uitnodigingen() {}

  /**
   * Loads biweekly once, off the event loop (at startup): its first use reads its properties and scribe tables from
   * the class path, blocking I/O that must not run on a request's thread.
   */
  static void voorbereid() {
    ICalendar ical = new ICalendar();
    ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(GesprekTijd.ZONE),
        amsterdam()));
    VEvent e = new VEvent();
    e.setDateStart(new Date(0), true);
    e.addAttendee(new Attendee("x", "x@voorbeeld.nl"));
    e.setOrganizer(new Organizer("x", "x@voorbeeld.nl"));
    ical.addEvent(e);
    Biweekly.parse(Biweekly.write(ical).go()).first();
  }

  /**
   * @param deelnemers the gids entries of the participants that the gids still knows, in the gesprek's order
   * @param buddy the buddy's gids entry, if any
   * @param dossierLink absolute link to the dossier's page
   */
  static String ics(GesprekRij g, String dossiernummer, List<GidsContact> deelnemers, Optional<GidsContact> buddy,
      String dossierLink) {
    ICalendar ical = new ICalendar();
    ical.setProductId(PRODUCT);
    boolean geannuleerd = g.status() == GesprekStatus.GEANNULEERD;
    ical.setMethod(geannuleerd ? Method.cancel() : Method.request());
    ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(GesprekTijd.ZONE),
        amsterdam()));

    VEvent e = new VEvent();
    e.setUid(g.id() + UID_DOMEIN);
    e.setSequence(g.volgnummer());
    e.setDateTimeStamp(Date.from(g.bijgewerktOp().toInstant()));
    e.setDateStart(Date.from(g.begintOp()), true);
    e.setDateEnd(Date.from(g.eindigtOp()), true);
    String soort = hoofdletter(g.soort().label());
    e.setSummary(soort + " – dossier " + dossiernummer);
    e.setStatus(geannuleerd ? Status.cancelled() : Status.confirmed());
    if (g.locatie() != null) {
      e.setLocation(g.locatie());
    } else if (g.vorm() == nl.doorlopendelijn.dossiers.planning.GesprekVorm.ONLINE) {
      e.setLocation("Online");
    }
    e.setUrl(dossierLink);
    e.setDescription(beschrijving(g, dossiernummer, deelnemers, buddy, dossierLink));
    List<GidsContact> metEmail = deelnemers.stream().filter(c -> c.email() != null && !c.email().isBlank()).toList();
    if (!metEmail.isEmpty()) {
      GidsContact org = metEmail.get(0);
      e.setOrganizer(new Organizer(org.naam(), org.email()));
    }
    for (GidsContact c : metEmail) {
      Attendee a = new Attendee(c.naam(), c.email());
      a.setRole(Role.ATTENDEE);
      a.setParticipationStatus(geannuleerd ? ParticipationStatus.DECLINED : ParticipationStatus.NEEDS_ACTION);
      a.setRsvp(!geannuleerd);
      e.addAttendee(a);
    }
    buddy.filter(b -> b.email() != null && !b.email().isBlank()).ifPresent(b -> {
      Attendee a = new Attendee(b.naam(), b.email());
      a.setRole(Role.ATTENDEE);
      a.setRsvp(!geannuleerd);
      e.addAttendee(a);
    });
    ical.addEvent(e);
    return Biweekly.write(ical).go();
  }

  private static String beschrijving(GesprekRij g, String dossiernummer, List<GidsContact> deelnemers,
      Optional<GidsContact> buddy, String link) {
    StringBuilder b = new StringBuilder();
    b.append(hoofdletter(g.soort().label())).append(" van dossier ").append(dossiernummer).append(".\n");
    b.append("Vorm: ").append(g.vorm().label()).append(".\n");
    if (!deelnemers.isEmpty()) {
      b.append("Deelnemers: ").append(deelnemers.stream()
          .map(c -> c.naam() + (c.organisatieNaam() == null ? "" : " (" + c.organisatieNaam() + ")"))
          .collect(Collectors.joining(", "))).append(".\n");
    }
    buddy.ifPresent(c -> b.append("Buddy: ").append(c.naam()).append(".\n"));
    b.append(g.inburgeraarNeemtDeel() ? "De inburgeraar neemt deel.\n" : "De inburgeraar neemt niet deel.\n");
    if (g.tolkNodig()) {
      b.append("Tolk nodig").append(g.taal() == null ? "" : ": " + nl.doorlopendelijn.dossiers.planning.Taal
          .vanCode(g.taal()).map(nl.doorlopendelijn.dossiers.planning.Taal::label).orElse(g.taal())).append(".\n");
    }
    if (g.status() == GesprekStatus.GEANNULEERD) {
      b.append("Dit gesprek gaat niet door.\n");
    }
    b.append("Het dossier: ").append(link);
    return b.toString();
  }

  /** The Netherlands' zone with the EU's summer time rule (last Sunday of March / October, since 1996). */
  static VTimezone amsterdam() {
    VTimezone tz = new VTimezone(GesprekTijd.ZONE.getId());
    DaylightSavingsTime zomer = new DaylightSavingsTime();
    zomer.setDateStart(new DateTimeComponents(1981, 3, 29, 2, 0, 0, false));
    zomer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
    zomer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
    zomer.addTimezoneName("CEST");
    zomer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
    tz.addDaylightSavingsTime(zomer);
    StandardTime winter = new StandardTime();
    winter.setDateStart(new DateTimeComponents(1996, 10, 27, 3, 0, 0, false));
    winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
    winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
    winter.addTimezoneName("CET");
    winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
    tz.addStandardTime(winter);
    return tz;
  }

  private static String hoofdletter(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
