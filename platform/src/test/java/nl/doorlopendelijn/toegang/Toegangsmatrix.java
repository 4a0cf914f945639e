package nl.doorlopendelijn.toegang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hand-written table of expected outcomes ({@code toegang/toegangsmatrix.csv}): rules
 * {@code operatie;rol;object;verwacht}, read top to bottom, the first rule that matches a case decides. A column
 * holds one name, a glob ({@code *} for any run of characters, {@code {a,b}} for one of a or b) or several of those
 * separated by {@code |}; a line {@code @naam = a|b|c} (without {@code ;}) defines an alias usable in any column. Pure: no Spring, no I/O beyond reading the file.
 */
final class Toegangsmatrix {

  /** One rule of the table, with the line it came from (for messages). */
  record Regel(int regel, String operatie, String rol, String object, int verwacht) {}

  private final List<Regel> regels;
  private final List<List<Pattern>> patronen;

  private Toegangsmatrix(List<Regel> regels, Map<String, String> aliassen) {
    this.regels = List.copyOf(regels);
    this.patronen = new ArrayList<>();
    for (Regel r : regels) {
      patronen.add(List.of(patroon(r.operatie(), aliassen), patroon(r.rol(), aliassen),
          patroon(r.object(), aliassen)));
    }
  }

  static Toegangsmatrix lees(String resource) {
    try (InputStream in = Toegangsmatrix.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("geen " + resource + " op het classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Toegangsmatrix parse(String tekst) {
    List<Regel> regels = new ArrayList<>();
    Map<String, String> aliassen = new LinkedHashMap<>();
    String[] lijnen = tekst.split("\\R");
    for (int i = 0; i < lijnen.length; i++) {
      String lijn = lijnen[i].strip();
      if (lijn.isEmpty() || lijn.startsWith("#") || lijn.startsWith("operatie;")) {
        continue;
      }
      if (lijn.startsWith("@") && !lijn.contains(";")) {
        String[] def = lijn.substring(1).split("=", 2);
        if (def.length != 2) {
          throw new IllegalArgumentException("regel " + (i + 1) + ": alias zonder '=': " + lijn);
        }
        aliassen.put(def[0].strip(), def[1].strip());
        continue;
      }
      String[] k = lijn.split(";", -1);
      if (k.length != 4) {
        throw new IllegalArgumentException("regel " + (i + 1) + ": vier kolommen verwacht: " + lijn);
      }
      regels.add(new Regel(i + 1, k[0].strip(), k[1].strip(), k[2].strip(), Integer.parseInt(k[3].strip())));
    }
    return new Toegangsmatrix(regels, aliassen);
  }

  /** The first rule matching the case, if any. */
  Optional<Regel> regelVoor(String operatie, String rol, String object) {
    for (int i = 0; i < regels.size(); i++) {
      List<Pattern> p = patronen.get(i);
      if (p.get(0).matcher(operatie).matches() && p.get(1).matcher(rol).matches()
          && p.get(2).matcher(object).matches()) {
        return Optional.of(regels.get(i));
      }
    }
    return Optional.empty();
  }

  /** Whether any rule names this operation explicitly or by a pattern (an operation with no rule is missing). */
  boolean noemt(String operatie) {
    for (int i = 0; i < regels.size(); i++) {
      if (!regels.get(i).operatie().equals("*") && patronen.get(i).get(0).matcher(operatie).matches()) {
        return true;
      }
    }
    return false;
  }

  List<Regel> regels() {
    return regels;
  }

  /**
   * A column as a regular expression: aliases ({@code @naam}) replaced by their text, then {@code |} between
   * alternatives, {@code *} for any run of characters, {@code {a,b}} for one of a or b (nestable).
   */
  static Pattern patroon(String kolom, Map<String, String> aliassen) {
    String tekst = uitgeklapt(kolom, aliassen);
    StringBuilder regex = new StringBuilder("(?:");
    StringBuilder letterlijk = new StringBuilder();
    int diepte = 0;
    for (char c : tekst.toCharArray()) {
      if (c == '*' || c == '{' || c == '}' || c == '|' || c == ',' && diepte > 0) {
        if (letterlijk.length() > 0) {
          regex.append(Pattern.quote(letterlijk.toString()));
          letterlijk.setLength(0);
        }
        switch (c) {
          case '*' -> regex.append(".*");
          case '{' -> {
            diepte++;
            regex.append("(?:");
          }
          case '}' -> {
            diepte--;
            regex.append(')');
          }
          default -> regex.append('|');
        }
      } else if (!Character.isWhitespace(c)) {
        letterlijk.append(c);
      }
    }
    if (diepte != 0) {
      throw new IllegalArgumentException("accolades niet in balans: " + kolom);
    }
    if (letterlijk.length() > 0) {
      regex.append(Pattern.quote(letterlijk.toString()));
    }
    return Pattern.compile(regex.append(')').toString());
  }

  private static final Pattern ALIAS = Pattern.compile("@([a-z0-9-]+)");

  private static String uitgeklapt(String kolom, Map<String, String> aliassen) {
    String tekst = kolom;
    for (int i = 0; i < 10 && tekst.contains("@"); i++) {
      java.util.regex.Matcher m = ALIAS.matcher(tekst);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String waarde = aliassen.get(m.group(1));
        if (waarde == null) {
          throw new IllegalArgumentException("onbekende alias @" + m.group(1));
        }
        m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(waarde));
      }
      m.appendTail(b);
      tekst = b.toString();
    }
    return tekst;
  }
}
