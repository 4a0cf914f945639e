package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened in a dossier, on a day or over a period: what keeps a wait for a house from being stilval
 * ({@link Stilval}). The seed asks for activities while people wait ("Organiseer voor deze groep bijvoorbeeld
 * activiteiten in de geest van de brede intake en laat ze alvast kennis maken met de gemeente."); these are the kinds
 * the platform knows. The contactlog (Werkplek 2/2) added {@link NotitieGeschreven}; its activities are handed to
 * {@link Stilval#beoordeel} beside the timeline's; the rule itself did not change.
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
  sealed interface OpEenDag extends Activiteit permits MijlpaalAfgerond, GesprekGehouden, NotitieGeschreven {
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

  /**
   * A note in the dossier's contactlog written on {@code op} (COA and gemeente telling each other what happened):
   * someone is working on the dossier. Only the day of the latest note matters to the rule; a correction of a note
   * is not new activity.
   */
  record NotitieGeschreven(LocalDate op) implements OpEenDag {
    public NotitieGeschreven {
      Objects.requireNonNull(op, "op");
    }

    @Override
    public String omschrijving() {
      return "notitie in de contactlog geschreven";
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
