package nl.doorlopendelijn.dashboard.suppression;

public record Zichtbaar(long waarde) implements Cel {

  @Override
  public String weergave() {
    return Long.toString(waarde);
  }
}
