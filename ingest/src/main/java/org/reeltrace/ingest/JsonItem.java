package org.reeltrace.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One JSON object of an archive, read field by field with the types ReelTrace expects. Every getter
 * returns null for an absent or JSON-null field and throws {@link BadItem} with a one-line message
 * naming the field (with its path, e.g. {@code stats.playCount}) when the value has the wrong type.
 *
 * <p>Numbers are taken exactly: ids of 19 digits arrive as Jackson long/BigInteger nodes (the mapper
 * reads floats as BigDecimal), so they never pass through a double. Numeric strings such as
 * {@code "123"} are accepted wherever a number is expected, as exporters disagree on the type
 * (4CAT {@code statsV2}, string {@code createTime}).
 */
final class JsonItem {
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private final JsonNode node;
  private final String path;

  private JsonItem(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** Wraps an object node; returns empty when the node is not a JSON object. */
  static Optional<JsonItem> of(JsonNode node) {
    return node != null && node.isObject() ? Optional.of(new JsonItem(node, "")) : Optional.empty();
  }

  boolean has(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  /** The nested object {@code field}, or null when absent; an error when present but not an object. */
  JsonItem child(String field) throws BadItem {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      throw wrongType(field, "an object", v);
    }
    return new JsonItem(v, name(field) + ".");
  }

  /** The objects of array {@code field} (non-objects skipped), empty when absent. */
  List<JsonItem> objects(String field) throws BadItem {
    JsonNode v = value(field);
    List<JsonItem> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      throw wrongType(field, "an array", v);
    }
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i).isObject()) {
        out.add(new JsonItem(v.get(i), name(field) + "[" + i + "]."));
      }
    }
    return out;
  }

  /** The strings (or numbers, as text) of array {@code field}, empty when absent. */
  List<String> texts(String field) throws BadItem {
    JsonNode v = value(field);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      throw wrongType(field, "an array of text", v);
    }
    for (JsonNode e : v) {
      if (e.isTextual() || e.isNumber()) {
        out.add(e.asText());
      } else if (!e.isNull()) {
        throw wrongType(field, "an array of text", v);
      }
    }
    return out;
  }

  /** Text; numbers are given as their exact decimal text. */
  String text(String field) throws BadItem {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isNumber()) {
      return v.decimalValue().toPlainString();
    }
    throw wrongType(field, "text", v);
  }

  /** An identifier: text or a whole number, kept exact; blank counts as absent. */
  String id(String field) throws BadItem {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isTextual()) {
      return v.textValue().isBlank() ? null : v.textValue().strip();
    }
    throw wrongType(field, "an id (text or whole number)", v);
  }

  /** The first of {@code fields} holding a non-blank id, or null. */
  String firstId(String... fields) throws BadItem {
    for (String f : fields) {
      String id = id(f);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  /** A count: a whole number >= 0 (or such a numeric string). */
  Long count(String field) throws BadItem {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    BigDecimal d = decimal(v);
    if (d == null || d.signum() < 0 || d.stripTrailingZeros().scale() > 0) {
      throw wrongType(field, "a whole number >= 0", v);
    }
    try {
      return d.toBigIntegerExact().longValueExact();
    } catch (ArithmeticException e) {
      throw wrongType(field, "a whole number >= 0", v);
    }
  }

  /** A number of seconds >= 0 (duration). */
  Double seconds(String field) throws BadItem {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    BigDecimal d = decimal(v);
    if (d == null || d.signum() < 0) {
      throw wrongType(field, "a number >= 0", v);
    }
    return d.doubleValue();
  }

  /** A Unix time in seconds (number or numeric string; fractions allowed). */
  Instant epochSeconds(String field) throws BadItem {
    return epoch(field, 1);
  }

  /** A Unix time in milliseconds. */
  Instant epochMillis(String field) throws BadItem {
    return epoch(field, 1000);
  }

  private Instant epoch(String field, int perSecond) throws BadItem {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    BigDecimal d = decimal(v);
    if (d == null) {
      throw wrongType(field, "a Unix time", v);
    }
    try {
      BigDecimal millis = d.multiply(BigDecimal.valueOf(1000L / perSecond));
      return Instant.ofEpochMilli(millis.setScale(0, RoundingMode.FLOOR).longValueExact());
    } catch (ArithmeticException | DateTimeException e) {
      throw wrongType(field, "a Unix time", v);
    }
  }

  /** The field's full name for messages, e.g. {@code author.uniqueId}. */
  String name(String field) {
    return path + field;
  }

  private JsonNode value(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v;
  }

  private static BigDecimal decimal(JsonNode v) {
    if (v.isIntegralNumber()) {
      return new BigDecimal(v.bigIntegerValue());
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isTextual()) {
      String s = v.textValue().strip();
      if (INTEGER.matcher(s).matches()) {
        return new BigDecimal(new BigInteger(s));
      }
      if (DECIMAL.matcher(s).matches()) {
        return new BigDecimal(s);
      }
    }
    return null;
  }

  BadItem wrongType(String field, String expected, JsonNode v) {
    return new BadItem("field \"" + name(field) + "\" must be " + expected + ", was " + shown(v));
  }

  /** A JSON value as shown in messages: its JSON text, cut to 40 characters. */
  static String shown(JsonNode v) {
    String s = v.toString();
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  BadItem missing(String what, String... fields) {
    List<String> names = new ArrayList<>();
    for (String f : fields) {
      names.add("\"" + name(f) + "\"");
    }
    return new BadItem("missing " + what + " (" + String.join(" or ", names) + ")");
  }

  @Override
  public String toString() {
    return Objects.toString(node);
  }
}
