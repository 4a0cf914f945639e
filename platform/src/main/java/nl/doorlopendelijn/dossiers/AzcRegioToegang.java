package nl.doorlopendelijn.dossiers;

import nl.doorlopendelijn.tenancy.Region;
import reactor.core.publisher.Flux;

/**
 * PORT: the regions whose dossiers of this azc a COA liaison of that azc may see, for the cross-region list
 * {@code GET /api/v1/azc-locaties/{azc}/dossiers} and the werkvoorraad. The rule is "every region that has an
 * agreement with the azc": the agreements module implements it; until then a default bean answers "every region
 * whose descriptor lists the azc".
 */
public interface AzcRegioToegang {

  Flux<Region> regiosVoor(String azcCode);
}
