package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened in a dossier, on a day or over a period: what keeps a wait for a house from being stilval
 * ({@link Stilval}). The seed asks for activities while people wait ("Organiseer voor deze groep bijvoorbeeld
 * activiteiten in de geest van de brede intake en laat ze alvast kennis maken met de gemeente."); these are the kinds
 * the platform knows. A new source of activity (the contactlog of the Werkplek 2/2 issue) adds a kind here and hands
 * its activities to {@link Stilval#beoordeel}; the rule itself does not change.
 */
public sealed interface Activiteit
    permits Activiteit.OpEenDag, Activiteit.VoorinburgeringLoopt {

  /** The first day of the activity. */
  LocalDate begin();

  /** The last day it covers: the day itself for something that happened once, the (planned) end of a period. */
  LocalDate einde();

  /** Dutch, for the signal's text: "brede intake afgerond". */
  String omschrijving();

  /** Something that happened once, on {@code op}: it begins and ends that day. */
  sealed interface OpEenDag extends Activiteit permits MijlpaalAfgerond, GesprekGehouden {
    LocalDate op();

    @Override
    default LocalDate begin() {
      return op();
    }

    @Override
    default LocalDate einde() {
      return op();
    }
  }

  /** A milestone of the timeline completed on {@code op}. */
  record MijlpaalAfgerond(MijlpaalType mijlpaal, LocalDate op) implements OpEenDag {
    public MijlpaalAfgerond {
      Objects.requireNonNull(mijlpaal, "mijlpaal");
      Objects.requireNonNull(op, "op");
    }

    @Override
    public String omschrijving() {
      return mijlpaal.label() + " afgerond";
    }
  }

  /** A gesprek with the inburgeraar held on {@code op}; today the driegesprek, recorded as its milestone. */
  record GesprekGehouden(MijlpaalType gesprek, LocalDate op) implements OpEenDag {
    public GesprekGehouden {
      Objects.requireNonNull(gesprek, "gesprek");
      Objects.requireNonNull(op, "op");
    }

    @Override
    public String omschrijving() {
      return gesprek.label() + " gehouden";
    }
  }

  /** Voorinburgering at the azc, from its start to its end (recorded, else planned): every day of it counts. */
  record VoorinburgeringLoopt(LocalDate begin, LocalDate einde) implements Activiteit {
    public VoorinburgeringLoopt {
      Objects.requireNonNull(begin, "begin");
      Objects.requireNonNull(einde, "einde");
      if (einde.isBefore(begin)) {
        throw new IllegalArgumentException("einde voorinburgering vóór het begin: " + begin + " " + einde);
      }
    }

    @Override
    public String omschrijving() {
      return "voorinburgering";
    }
  }
}
