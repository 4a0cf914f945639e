package nl.doorlopendelijn.dashboard.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;

/** Everything a region's dashboard is computed from, on one day. Equal content means nothing to announce. */
record Inhoud(Region regio, LocalDate peildatum, List<Groep> groepen, List<VerlopenMijlpalen> verlopen,
    Map<UUID, AfspraakInfo> afspraken) {

  Inhoud {
    groepen = List.copyOf(groepen);
    verlopen = List.copyOf(verlopen);
    afspraken = Map.copyOf(afspraken);
  }
}
