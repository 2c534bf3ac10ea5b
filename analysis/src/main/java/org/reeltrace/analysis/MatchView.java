package org.reeltrace.analysis;

/**
 * Which pictures of two posts matched. Match scores of different views do not compare: a region or a
 * painted-over picture leaves out what differs (an overlay, a caption), so a copy that matched another
 * only there may score higher than one that matched it on the whole picture, though it differs more.
 */
public enum MatchView {
  /** The whole pictures, sampled or (nearly) every frame; also posts archived with the same file. */
  WHOLE_PICTURES,
  /** Only a region of the pictures, which the overlays spoiling the rest leave alone. */
  REGIONS,
  /** One post's whole picture against the centre of the other's (a zoomed-in copy). */
  ZOOM,
  /** Only once the overlays of both were painted over. */
  OVERLAYS_PAINTED_OVER;

  /** Whether the whole pictures matched. */
  public boolean wholePictures() {
    return this == WHOLE_PICTURES;
  }

  /** The view in words, for evidence a reader sees: "whole pictures", "a region of the pictures", ... */
  String inWords() {
    return switch (this) {
      case WHOLE_PICTURES -> "whole pictures";
      case REGIONS -> "a region of the pictures";
      case ZOOM -> "the centre of one picture";
      case OVERLAYS_PAINTED_OVER -> "pictures with their overlays painted over";
    };
  }
}
