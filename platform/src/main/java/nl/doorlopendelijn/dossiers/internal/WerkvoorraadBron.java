package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.tenancy.Region;
import reactor.core.publisher.Mono;

/**
 * A further source of werkvoorraad items besides the milestones, moves and signals of {@link Werkitems}: the
 * gesprekken planned this week ({@link nl.doorlopendelijn.dossiers.planning.Werksoort#GESPREK}, "Gesprek
 * vastleggen") are meant to come through here. Every bean of this type is asked once per region, inside that
 * region's tenant-bound transaction, and its items are sorted with the others by {@code Werkvolgorde}. It reads only
 * dossiers the caller sees ({@code zicht.conditie()} on alias {@code d}) and makes its items with
 * {@link Werkitems#item}; it audits its own reads of personal data.
 */
interface WerkvoorraadBron {

  /**
   * @param ik the caller's confirmed gids entry (null without one), for {@code mijn}
   */
  Mono<List<Werkitems.Geplaatst>> items(Region regio, Zicht zicht, Caller caller, LocalDate vandaag, UUID ik);
}
