package org.reeltrace.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.reeltrace.analysis.ChannelEdge;
import org.reeltrace.analysis.ChannelReuse;
import org.reeltrace.analysis.LineageReport;

/**
 * {@code lineage.gexf}: the channel lifted-from graph in GEXF 1.3 (gexf.net/1.3), for Gephi. One node
 * per channel (id = {@code platform:channelId}, label = handle) with reuse attributes; one directed
 * edge per channel edge, from the lifting channel to the channel it lifted from, weight = posts.
 */
final class Gexf implements ReportFormat {
  static final String NS = "http://gexf.net/1.3";
  private static final List<String[]> NODE_ATTRIBUTES = List.of(
      new String[] {"platform", "string"}, new String[] {"posts", "integer"}, new String[] {"matchedPosts", "integer"},
      new String[] {"originals", "integer"}, new String[] {"firstSeenElsewhereShare", "double"},
      new String[] {"oldFootageShare", "double"});
  private static final List<String[]> EDGE_ATTRIBUTES = List.of(
      new String[] {"confidence", "double"}, new String[] {"first", "string"}, new String[] {"last", "string"});

  @Override
  public String fileName() {
    return "lineage.gexf";
  }

  @Override
  public void write(LineageReport report, Keyframes keyframes, OutputStream out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("gexf");
      x.writeDefaultNamespace(NS);
      x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", NS + " " + NS + "/gexf.xsd");
      x.writeAttribute("version", "1.3");
      x.writeStartElement("meta");
      x.writeStartElement("creator");
      x.writeCharacters("ReelTrace");
      x.writeEndElement();
      x.writeStartElement("description");
      x.writeCharacters("Channels and lifted-from edges (source = lifting channel, target = channel lifted from)");
      x.writeEndElement();
      x.writeEndElement();
      x.writeStartElement("graph");
      x.writeAttribute("defaultedgetype", "directed");
      x.writeAttribute("mode", "static");
      attributes(x, "node", NODE_ATTRIBUTES);
      attributes(x, "edge", EDGE_ATTRIBUTES);
      x.writeStartElement("nodes");
      for (ChannelReuse c : report.channels()) {
        x.writeStartElement("node");
        x.writeAttribute("id", clean(c.channel().toString()));
        x.writeAttribute("label", clean("@" + c.handle()));
        attValues(x, c.channel().platform(), c.posts(), c.matchedPosts(), c.originals(),
            c.firstSeenElsewhereShare(), c.oldFootageShare());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("edges");
      int id = 0;
      for (ChannelEdge e : report.channelEdges()) {
        x.writeStartElement("edge");
        x.writeAttribute("id", Integer.toString(id++));
        x.writeAttribute("source", clean(e.channel().toString()));
        x.writeAttribute("target", clean(e.source().toString()));
        x.writeAttribute("label", "lifted from");
        x.writeAttribute("weight", Integer.toString(e.posts()));
        attValues(x, e.confidence(), e.first() == null ? "" : e.first().toString(),
            e.last() == null ? "" : e.last().toString());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GEXF: " + e.getMessage(), e);
    }
  }

  private static void attributes(XMLStreamWriter x, String kind, List<String[]> attrs) throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", kind);
    for (int i = 0; i < attrs.size(); i++) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", Integer.toString(i));
      x.writeAttribute("title", attrs.get(i)[0]);
      x.writeAttribute("type", attrs.get(i)[1]);
    }
    x.writeEndElement();
  }

  private static void attValues(XMLStreamWriter x, Object... values) throws XMLStreamException {
    x.writeStartElement("attvalues");
    for (int i = 0; i < values.length; i++) {
      x.writeEmptyElement("attvalue");
      x.writeAttribute("for", Integer.toString(i));
      x.writeAttribute("value", clean(String.valueOf(values[i])));
    }
    x.writeEndElement();
  }

  /** Drops characters XML 1.0 cannot carry (control characters, lone surrogates). */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (ok) {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
