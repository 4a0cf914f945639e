package nl.doorlopendelijn.dashboard.suppression;

import java.math.BigDecimal;
import java.util.Objects;

public record ZichtbaarKengetal(BigDecimal waarde) implements Kengetal {

  public ZichtbaarKengetal {
    Objects.requireNonNull(waarde, "waarde");
  }

  /** Dutch notation: a decimal comma. */
  @Override
  public String weergave() {
    return waarde.toPlainString().replace('.', ',');
  }
}
