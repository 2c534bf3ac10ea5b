package org.reeltrace.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON text parsed as ReelTrace needs it: floats as {@code BigDecimal} and integers as long or
 * BigInteger (never double), and the line where each value starts, for error locations.
 */
final class JsonSource {
  /** A JSON value and the 1-based line where it starts. */
  record Located(int line, JsonNode node) {}

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private final byte[] bytes;

  JsonSource(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Parses the whole text as one JSON value.
   *
   * @throws BadJson "malformed JSON: ..." with the line where parsing stopped
   */
  Located root() throws BadJson {
    try (JsonParser p = MAPPER.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new BadJson(1, "malformed JSON: no content");
      }
      int line = p.currentTokenLocation().getLineNr();
      JsonNode node = MAPPER.readTree(p);
      if (p.nextToken() != null) {
        throw new BadJson(
            p.currentTokenLocation().getLineNr(), "malformed JSON: more than one value in the file", true);
      }
      return new Located(line, node);
    } catch (JsonProcessingException e) {
      throw BadJson.of(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The elements of the array at {@code arrayPointer} (e.g. {@code /data/videos}, or {@code ""} for
   * a top-level array), each with its starting line. Call only after {@link #root()} succeeded.
   */
  List<Located> elementsAt(JsonPointer arrayPointer) {
    List<Located> out = new ArrayList<>();
    try (JsonParser p = MAPPER.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t.isStructEnd()) {
          continue;
        }
        JsonStreamContext ctx = p.getParsingContext();
        JsonStreamContext container = t.isStructStart() ? ctx.getParent() : ctx;
        // An array context's own pointer ends in the current index; its parent's names the array.
        if (container != null
            && container.inArray()
            && container.getParent() != null
            && container.getParent().pathAsPointer().equals(arrayPointer)) {
          int line = p.currentTokenLocation().getLineNr();
          out.add(new Located(line, MAPPER.readTree(p)));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Malformed JSON text, with the line Jackson stopped at. */
  static final class BadJson extends Exception {
    private static final long serialVersionUID = 1L;
    /** Jackson's "[Source: ...; line: 1, column: 8]" inside a message, shortened to its position. */
    private static final Pattern SOURCE =
        Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    final int line;
    /** True when the text held one complete value followed by more (NDJSON saved as .json). */
    final boolean severalValues;

    BadJson(int line, String problem) {
      this(line, problem, false);
    }

    BadJson(int line, String problem, boolean severalValues) {
      super(problem, null, false, false);
      this.line = line;
      this.severalValues = severalValues;
    }

    static BadJson of(JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String message = SOURCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
      return new BadJson(Math.max(line, 0), "malformed JSON: " + message);
    }
  }
}
