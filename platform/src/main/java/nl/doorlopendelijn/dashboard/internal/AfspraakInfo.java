package nl.doorlopendelijn.dashboard.internal;

import java.util.List;
import java.util.UUID;

/** What the dashboard shows of an agreement version (from the agreements module's read API). */
record AfspraakInfo(UUID afspraakId, UUID versieId, int versienummer, String azc, String scenario,
    List<DashboardWeergave.DriegesprekNorm> driegesprekNormen) {

  AfspraakInfo {
    driegesprekNormen = List.copyOf(driegesprekNormen);
  }
}
