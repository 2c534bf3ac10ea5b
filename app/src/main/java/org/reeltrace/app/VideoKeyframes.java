package org.reeltrace.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.reeltrace.analysis.report.Keyframes;
import org.reeltrace.core.PostKey;
import org.reeltrace.media.FrameReader;
import org.reeltrace.media.FrameSampling;
import org.reeltrace.media.LumaFrame;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.store.PostMedia;
import org.reeltrace.store.Store;

/**
 * Keyframes for the HTML report, read from each post's archived video on first use: one small
 * greyscale JPEG per second (the decoder's luma plane, at most {@value #SIDE} pixels a side).
 */
final class VideoKeyframes implements Keyframes {
  private static final int SIDE = 160;

  private final Store store;
  private final Map<PostKey, Map<Integer, byte[]>> cache = new HashMap<>();

  VideoKeyframes(Store store) {
    this.store = store;
  }

  @Override
  public Optional<byte[]> jpeg(PostKey post, int second) {
    return Optional.ofNullable(cache.computeIfAbsent(post, this::read).get(second));
  }

  private Map<Integer, byte[]> read(PostKey post) {
    Map<Integer, byte[]> frames = new HashMap<>();
    List<PostMedia> media = store.mediaOf(post);
    if (media.isEmpty()) {
      return frames;
    }
    try {
      FrameReader.of(FrameSampling.ONE_PER_SECOND).fittedWithin(SIDE)
          .read(media.get(0).path(), frame -> frames.putIfAbsent(
              (int) Math.round(frame.timestampSeconds()), jpeg(frame)));
    } catch (UnreadableMediaException e) {
      // the report then shows times without pictures
    }
    return frames;
  }

  private static byte[] jpeg(LumaFrame frame) {
    BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setDataElements(0, 0, frame.width(), frame.height(), frame.luma());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
