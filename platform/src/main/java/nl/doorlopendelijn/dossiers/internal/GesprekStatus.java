package nl.doorlopendelijn.dossiers.internal;

import java.util.List;
import nl.doorlopendelijn.kernel.Codes;

/**
 * Where a gesprek is: planned (it can still be changed and moved), held or cancelled (both final: 409 on a change).
 * The codes of V78's check.
 */
enum GesprekStatus {
  GEPLAND("gepland", "Gepland"),
  GEHOUDEN("gehouden", "Gehouden"),
  GEANNULEERD("geannuleerd", "Geannuleerd");

  static final List<String> CODES = Codes.van(values(), GesprekStatus::code);

  private final String code;
  private final String label;

  GesprekStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  static GesprekStatus van(String code) {
    return Codes.zoek(values(), GesprekStatus::code, code)
        .orElseThrow(() -> new IllegalArgumentException("onbekende gespreksstatus: " + code));
  }
}
