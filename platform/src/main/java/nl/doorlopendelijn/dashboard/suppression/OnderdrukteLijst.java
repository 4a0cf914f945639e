package nl.doorlopendelijn.dashboard.suppression;

import java.util.List;

/** A list of counts with its total, as it may be shown. */
public record OnderdrukteLijst(List<Cel> cellen, Cel totaal) {

  public OnderdrukteLijst {
    cellen = List.copyOf(cellen);
  }
}
