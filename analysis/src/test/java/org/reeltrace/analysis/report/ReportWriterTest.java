package org.reeltrace.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.analysis.AttributedSignal;
import org.reeltrace.analysis.Lineage;
import org.reeltrace.analysis.LineageInput;
import org.reeltrace.analysis.LineageOptions;
import org.reeltrace.analysis.LineagePost;
import org.reeltrace.analysis.LineageReport;
import org.reeltrace.analysis.PostMatch;
import org.reeltrace.analysis.SharedSegment;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.Signal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportWriterTest {
  static final String EVIL = "<script>alert('x')</script> & \"quoted\", then\na new line 북한 영상 北韩";

  static PostKey tt(String id) {
    return new PostKey("tiktok", id);
  }

  static LineagePost post(String id, String handle, String at, String caption, String url) {
    return new LineagePost(tt(id), new ChannelKey("tiktok", handle), handle, at == null ? null : Instant.parse(at),
        caption, 10L, 5L, 720, 1280, null, List.of(), url);
  }

  static LineageReport report() {
    List<LineagePost> posts = List.of(
        post("a", "alpha", "2020-01-01T00:00:00Z", "원본 영상 original", "https://www.tiktok.com/@alpha/video/1"),
        post("b", "beta", "2020-02-01T00:00:00Z", "second source", null),
        post("s", "a&b<c>", "2020-03-01T00:00:00Z", EVIL, "javascript:alert(1)"),
        post("l", "lifter", "2020-04-01T00:00:00Z", "lifted 北韩", "https://example.org/l?x=1&y=2"));
    List<PostMatch> matches = List.of(
        new PostMatch(tt("s"), tt("a"), List.of(new SharedSegment(0, 10, 5, 15, 1, 0.9))),
        new PostMatch(tt("s"), tt("b"), List.of(new SharedSegment(10, 22, 0, 12, 1, 0.8))),
        new PostMatch(tt("a"), tt("l"), List.of(new SharedSegment(5, 15, 0, 10.5, 1.05, 0.7))));
    List<AttributedSignal> signals = List.of(
        new AttributedSignal(new ChannelKey("tiktok", "lifter"), null, "text-v1", new Signal(Signal.Kind.TERMINOLOGY,
            "hk-taiwan-usage", "北韩", "channel-name", 0.5, "lexicon-v1 zh-beihan")),
        new AttributedSignal(new ChannelKey("tiktok", "a&b<c>"), tt("s"), "ocr-v1", new Signal(
            Signal.Kind.WATERMARK_HANDLE, "uploader:douyin:@<b>x</b>", EVIL, "on-screen 0:03-0:09", 0.9, null)));
    return Lineage.analyze(new LineageInput(posts, matches), LineageOptions.defaults()).withSignals(signals);
  }

  static Path writeAll(Path dir) {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
    Keyframes frames = Keyframes.of(Map.of(new Keyframes.Keyframe(tt("a"), 5), jpeg));
    List<Path> written = ReportWriter.writeAll(report(), dir, frames);
    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("report.json", "lineage.gexf", "matches.jsonl", "posts.csv", "report.html");
    return dir;
  }

  @Test
  void jsonRoundTripsThroughJackson(@TempDir Path dir) throws Exception {
    writeAll(dir);
    LineageReport back = ReportWriter.readJson(dir.resolve("report.json"));
    assertThat(back).isEqualTo(report());
    String json = Files.readString(dir.resolve("report.json"));
    assertThat(json).contains("\"schema\" : \"reeltrace.lineage/1\"", "\"postedAt\" : \"2020-01-01T00:00:00Z\"",
        "\"channelEdges\"", "\"coordination\"", "\"evidence\"", "\"kind\" : \"WATERMARK_HANDLE\"");
    assertThat(new ObjectMapper().readTree(json).get("clusters").get(0).get("origin").get("postId").asText())
        .isEqualTo("a");
  }

  @Test
  void gexfIsWellFormedAndNamesChannelsAndWeights(@TempDir Path dir) throws Exception {
    writeAll(dir);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(dir.resolve("lineage.gexf").toFile());
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("gexf");
    assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
    assertThat(root.getAttribute("version")).isEqualTo("1.3");
    NodeList nodes = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
    assertThat(nodes.getLength()).isEqualTo(4);
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      labels.add(((Element) nodes.item(i)).getAttribute("label"));
    }
    assertThat(labels).contains("@a&b<c>", "@alpha");
    NodeList edges = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
    List<String> described = new ArrayList<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      described.add(e.getAttribute("source") + ">" + e.getAttribute("target") + ":" + e.getAttribute("weight"));
    }
    assertThat(described).containsExactlyInAnyOrder("tiktok:a&b<c>>tiktok:alpha:1", "tiktok:a&b<c>>tiktok:beta:1",
        "tiktok:lifter>tiktok:alpha:1");
  }

  @Test
  void matchesJsonlHasOneMatchPerLine(@TempDir Path dir) throws Exception {
    writeAll(dir);
    List<String> lines = Files.readAllLines(dir.resolve("matches.jsonl"));
    assertThat(lines).hasSize(3);
    PostMatch first = ReportJson.mapper().readValue(lines.get(0), PostMatch.class);
    assertThat(first).isEqualTo(report().matches().get(0));
  }

  @Test
  void postsCsvQuotesCaptions(@TempDir Path dir) throws Exception {
    writeAll(dir);
    String csv = Files.readString(dir.resolve("posts.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith(String.join(",", PostsCsv.HEADER) + "\r\n");
    assertThat(csv).contains("\"<script>alert('x')</script> & \"\"quoted\"\", then\na new line 북한 영상 北韩\"");
    List<List<String>> rows = parseCsv(csv);
    assertThat(rows).hasSize(5);
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(PostsCsv.HEADER.size()));
    List<String> splice = rows.stream().filter(r -> r.get(1).equals("s")).findFirst().orElseThrow();
    assertThat(splice.get(6)).isEqualTo(EVIL);
    assertThat(splice.get(11)).isEqualTo("c0001;c0002");
    assertThat(splice.get(13)).isEqualTo("false");
    assertThat(splice.get(15)).isEqualTo("tiktok:a;tiktok:b");
    List<String> a = rows.stream().filter(r -> r.get(1).equals("a")).findFirst().orElseThrow();
    assertThat(a.get(12)).isEqualTo("c0001");
    assertThat(a.get(13)).isEqualTo("true");
  }

  @Test
  void htmlIsSelfContainedEscapedAndWellFormed(@TempDir Path dir) throws Exception {
    writeAll(dir);
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<meta charset=\"utf-8\"/>");
    assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "<link", "src=\"http", "@import");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "@a&amp;b&lt;c&gt;",
        "원본 영상 original", "lifted 北韩", "href=\"https://example.org/l?x=1&amp;y=2\"");
    assertThat(html).contains("data:image/jpeg;base64,/9j/2Q==");
    assertThat(html).contains("id=\"c0001\"", "id=\"timeline\"", "id=\"graph\"", "id=\"per-channel\"", "0:05 ↔ 0:00",
        "id=\"signals\"", "uploader:douyin:@&lt;b&gt;x&lt;/b&gt;", "hk-taiwan-usage ×1");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(html)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(doc.getElementsByTagName("svg").getLength()).isGreaterThan(3);
  }

  @Test
  void writingTwiceGivesTheSameFiles(@TempDir Path one, @TempDir Path two) throws Exception {
    writeAll(one);
    writeAll(two);
    for (String name : List.of("report.json", "lineage.gexf", "matches.jsonl", "posts.csv", "report.html")) {
      assertThat(Files.readString(two.resolve(name))).as(name).isEqualTo(Files.readString(one.resolve(name)));
    }
  }

  /** A strict RFC 4180 reader for the test. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
