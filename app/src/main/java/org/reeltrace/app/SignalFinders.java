package org.reeltrace.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.app.soundtrack.SongCatalog;
import org.reeltrace.media.ocr.KnownHandles;
import org.reeltrace.media.ocr.OcrOptions;
import org.reeltrace.media.ocr.OnScreenText;
import org.reeltrace.media.ocr.TesseractUnavailableException;

/**
 * The signal finders the analyze pipeline runs, in order: texts, capture metadata, on-screen text (when
 * Tesseract is installed) and soundtrack (when a song catalog exists). A missing part is said in one line
 * and skipped without recording anything, so a later run with it in place reads every post.
 */
final class SignalFinders implements AutoCloseable {
  private final List<SignalFinder> finders;
  private final OnScreenText onScreen;

  private SignalFinders(List<SignalFinder> finders, OnScreenText onScreen) {
    this.finders = List.copyOf(finders);
    this.onScreen = onScreen;
  }

  /** Texts and capture metadata only: no native OCR, no catalog. */
  static List<SignalFinder> basic() {
    return List.of(new TextSignals(), new CaptureSignalFinder());
  }

  /** @param known the handles of the stored channels, for the on-screen reader to look for */
  static SignalFinders open(Path catalogFile, PrintWriter err, KnownHandles known) {
    TextSignals text = new TextSignals();
    List<SignalFinder> list = new ArrayList<>(List.of(text, new CaptureSignalFinder()));
    OnScreenText reader = null;
    try {
      reader = OnScreenText.open(OcrOptions.DEFAULTS.withBothPolarities(false));
      list.add(new OnScreenSignalFinder(reader, text, known));
    } catch (TesseractUnavailableException e) {
      err.println("reeltrace: on-screen text and watermarks skipped: " + e.getMessage());
    }
    if (catalogFile != null && !Files.isRegularFile(catalogFile)) {
      err.println("reeltrace: no song catalog at " + catalogFile + "; soundtrack skipped (see 'reeltrace catalog add')");
    } else if (catalogFile != null) {
      try {
        SongCatalog catalog = SongCatalog.open(catalogFile);
        if (!catalog.songs().isEmpty()) {
          list.add(new SoundtrackSignalFinder(catalog));
        }
      } catch (IOException | RuntimeException e) {
        err.println("reeltrace: " + catalogFile + ": soundtrack skipped: " + OneLineFailure.describe(e));
      }
    }
    return new SignalFinders(list, reader);
  }

  List<SignalFinder> list() {
    return finders;
  }

  @Override
  public void close() {
    if (onScreen != null) {
      onScreen.close();
    }
  }
}
