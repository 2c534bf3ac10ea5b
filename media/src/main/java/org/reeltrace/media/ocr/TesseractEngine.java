package org.reeltrace.media.ocr;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract instance (the system's libtesseract, through tess4j's JNA bindings), initialised once
 * with its languages and reused for every image. Not thread-safe: one engine per thread.
 *
 * <p>Page segmentation mode 6 ("a single uniform block of text"): the default automatic mode drops
 * the short Hangul lines of a corner crop as noise, mode 6 keeps every line of the block.
 */
final class TesseractEngine implements AutoCloseable {
  /** Tesseract's {@code PSM_SINGLE_BLOCK}. */
  private static final int SINGLE_BLOCK = 6;

  /** Folders Debian's and upstream's builds read trained data from, newest first. */
  private static final List<Path> TESSDATA_FOLDERS = List.of(
      Path.of("/usr/share/tesseract-ocr/5/tessdata"),
      Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
      Path.of("/usr/local/share/tessdata"),
      Path.of("/usr/share/tessdata"));

  private final TessAPI api;
  private final TessBaseAPI handle;

  private TesseractEngine(TessAPI api, TessBaseAPI handle) {
    this.api = api;
    this.handle = handle;
  }

  /**
   * Loads libtesseract and initialises it for {@code languages} ({@code kor+chi_sim+eng}).
   *
   * @param tessdata the trained-data folder, or null to find it (TESSDATA_PREFIX, then Debian's folder)
   * @throws TesseractUnavailableException naming the package to install when the library or a language is missing
   */
  static TesseractEngine open(String languages, Path tessdata) {
    Path folder = tessdata != null ? tessdata : findTessdata();
    for (String language : languages.split("\\+")) {
      if (folder == null || !Files.isRegularFile(folder.resolve(language + ".traineddata"))) {
        throw new TesseractUnavailableException("Tesseract language '" + language + "' is missing"
            + (folder == null ? "" : " from " + folder) + ": install the Debian package "
            + debianPackage(language) + " (apt-get install -y " + debianPackage(language) + ")");
      }
    }
    TessAPI api;
    try {
      api = TessAPI.INSTANCE;
    } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
      throw new TesseractUnavailableException(
          "the Tesseract library (libtesseract.so.5) cannot be loaded: install the Debian package tesseract-ocr"
          + " (apt-get install -y tesseract-ocr); " + e.getMessage());
    }
    TessBaseAPI handle = api.TessBaseAPICreate();
    if (api.TessBaseAPIInit3(handle, folder.toString(), languages) != 0) {
      api.TessBaseAPIDelete(handle);
      throw new TesseractUnavailableException("Tesseract could not load languages " + languages + " from "
          + folder + ": reinstall the Debian packages tesseract-ocr and " + debianPackage(languages));
    }
    api.TessBaseAPISetPageSegMode(handle, SINGLE_BLOCK);
    // Tesseract prints diagnostics ("Image too small to scale!!") to stderr; our errors are one line each.
    api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    return new TesseractEngine(api, handle);
  }

  private static Path findTessdata() {
    String prefix = System.getenv("TESSDATA_PREFIX");
    if (prefix != null && !prefix.isBlank()) {
      Path path = Path.of(prefix);
      return Files.isDirectory(path.resolve("tessdata")) ? path.resolve("tessdata") : path;
    }
    return TESSDATA_FOLDERS.stream().filter(Files::isDirectory).findFirst().orElse(null);
  }

  private static String debianPackage(String languages) {
    return "tesseract-ocr-" + languages.replace('_', '-').replace("+", " tesseract-ocr-");
  }

  /** Reads the text lines of an 8-bit grey image (dark text on light reads best). */
  List<OcrLine> read(GreyImage image) {
    ByteBuffer pixels = ByteBuffer.allocateDirect(image.pixels().length);
    pixels.put(image.pixels()).flip();
    api.TessBaseAPISetImage(handle, pixels, image.width(), image.height(), 1, image.width());
    List<OcrLine> lines = new ArrayList<>();
    if (api.TessBaseAPIRecognize(handle, null) != 0) {
      api.TessBaseAPIClear(handle);
      return lines;
    }
    TessResultIterator iterator = api.TessBaseAPIGetIterator(handle);
    if (iterator == null) {
      api.TessBaseAPIClear(handle);
      return lines;
    }
    int level = TessPageIteratorLevel.RIL_TEXTLINE;
    IntBuffer left = IntBuffer.allocate(1);
    IntBuffer top = IntBuffer.allocate(1);
    IntBuffer right = IntBuffer.allocate(1);
    IntBuffer bottom = IntBuffer.allocate(1);
    try {
      do {
        Pointer text = api.TessResultIteratorGetUTF8Text(iterator, level);
        if (text == null) {
          continue;
        }
        String line = text.getString(0, "UTF-8").strip();
        api.TessDeleteText(text);
        float confidence = api.TessResultIteratorConfidence(iterator, level) / 100f;
        api.TessPageIteratorBoundingBox(api.TessResultIteratorGetPageIterator(iterator), level, left, top, right, bottom);
        if (!line.isEmpty()) {
          lines.add(new OcrLine(line, Math.max(0, Math.min(1, confidence)),
              left.get(0), top.get(0), right.get(0), bottom.get(0)));
        }
      } while (api.TessResultIteratorNext(iterator, level) != 0);
    } finally {
      api.TessResultIteratorDelete(iterator);
      api.TessBaseAPIClear(handle);
    }
    return lines;
  }

  @Override
  public void close() {
    api.TessBaseAPIEnd(handle);
    api.TessBaseAPIDelete(handle);
  }
}
